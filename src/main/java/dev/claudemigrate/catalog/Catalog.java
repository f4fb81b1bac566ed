package dev.claudemigrate.catalog;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The model catalog: every known Claude model, migration target, tool version and beta value, with
 * the knowledge of how identifiers are written and how to rewrite one for a target.
 */
public final class Catalog {
  private final Map<String, Model> models;
  private final Map<String, Target> targets;
  private final Map<String, ToolVersion> tools;
  private final Map<String, BetaFlag> betas;
  private final Map<String, List<String>> regionPrefixes;
  private final DefaultTarget defaultTarget;
  private final List<String> sources;

  /** Recognises every identifier of a known model in text. */
  private final IdLiterals ids;

  private final List<String> modelOrder;

  Catalog(
      Map<String, Model> models,
      Map<String, String> bogusIds,
      Map<String, Target> targets,
      Map<String, ToolVersion> tools,
      Map<String, BetaFlag> betas,
      Map<String, List<String>> regionPrefixes,
      DefaultTarget defaultTarget,
      List<String> sources) {
    this.models = Map.copyOf(models);
    this.targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    this.tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
    this.betas = Collections.unmodifiableMap(new LinkedHashMap<>(betas));
    this.regionPrefixes = Collections.unmodifiableMap(new LinkedHashMap<>(regionPrefixes));
    this.defaultTarget = defaultTarget;
    this.sources = List.copyOf(sources);
    this.modelOrder = List.copyOf(models.keySet());
    this.ids = new IdLiterals(models, bogusIds);
  }

  /** The catalog shipped in the jar. */
  public static Catalog builtin() {
    return CatalogLoader.builtin();
  }

  /** All models, in catalog order. */
  public List<Model> models() {
    return modelOrder.stream().map(models::get).toList();
  }

  public Optional<Model> model(String key) {
    return Optional.ofNullable(models.get(key));
  }

  /** Migration targets by name, in catalog order. */
  public Map<String, Target> targets() {
    return targets;
  }

  public Optional<Target> target(String name) {
    return Optional.ofNullable(targets.get(name));
  }

  /** The model a target moves to. */
  public Model targetModel(Target target) {
    return models.get(target.modelKey());
  }

  public List<ToolVersion> tools() {
    return List.copyOf(tools.values());
  }

  public Optional<ToolVersion> tool(String type) {
    return Optional.ofNullable(tools.get(type));
  }

  public List<BetaFlag> betas() {
    return List.copyOf(betas.values());
  }

  public Optional<BetaFlag> beta(String value) {
    return Optional.ofNullable(betas.get(value));
  }

  /** Where the catalog's facts come from (the built-in file and any user overrides). */
  public List<String> sources() {
    return sources;
  }

  /** Every identifier of a known Claude model in {@code text}, in order. */
  public List<IdMatch> findIds(CharSequence text) {
    return ids.findAll(text);
  }

  /** {@link #findIds} by trying the pattern at every character: the reference for tests. */
  List<IdMatch> findIdsPlain(CharSequence text) {
    return ids.findAllPlain(text);
  }

  /** Whether {@link #findIds} searches from the anchor (for tests). */
  boolean idSearchAnchored() {
    return ids.anchored();
  }

  /** The identifier if {@code text} is exactly one known identifier. */
  public Optional<IdMatch> identify(String text) {
    return ids.identify(text);
  }

  /** Every literal identifier string the catalog knows (useful as scan trigger strings). */
  public Set<String> knownIdStrings() {
    return ids.strings();
  }

  /**
   * A literal identifier string and what {@link #identify} says it names.
   *
   * @param text the identifier
   * @param model the model it names (for a bogus ID, the model it was meant to name)
   * @param bogus whether the ID does not exist (a known typo)
   */
  public record KnownId(String text, Model model, boolean bogus) {}

  /**
   * Every literal of {@link #knownIdStrings} with its model, read from the catalog's table: the
   * rules' triggers need no run of the identifier pattern per literal (hundreds of them, before the
   * scan starts, while the JIT has compiled nothing).
   */
  public List<KnownId> knownIds() {
    return ids.known();
  }

  /**
   * The inference-profile prefixes that fit an AWS region, in order of preference (ap-northeast-1 →
   * jp, apac); the longest matching region prefix decides.
   */
  public List<String> prefixesForRegion(String region) {
    if (region == null) {
      return List.of();
    }
    String r = region.toLowerCase(Locale.ROOT);
    return regionPrefixes.entrySet().stream()
        .filter(e -> r.startsWith(e.getKey()))
        .max(Comparator.comparingInt(e -> e.getKey().length()))
        .map(Map.Entry::getValue)
        .orElse(List.of());
  }

  /** The geography's usual inference-profile prefix for an AWS region (us-east-1 → us), if any. */
  public Optional<String> prefixForRegion(String region) {
    List<String> all = prefixesForRegion(region);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * The prefix {@code model} offers for a hint: the user's prefix if offered; else the first prefix
   * of the region's geography it offers, else {@code global} when it offers that; empty when
   * neither a prefix nor a region is known, or the user's prefix is not offered.
   */
  public Optional<String> choosePrefix(Model model, ProfileHint hint) {
    if (hint.prefix() != null) {
      return model.profilePrefixes().contains(hint.prefix())
          ? Optional.of(hint.prefix())
          : Optional.empty();
    }
    if (hint.region() == null) {
      return Optional.empty();
    }
    return prefixesForRegion(hint.region()).stream()
        .filter(model.profilePrefixes()::contains)
        .findFirst()
        .or(
            () ->
                model.profilePrefixes().contains("global")
                    ? Optional.of("global")
                    : Optional.empty());
  }

  /**
   * Rewrites a found identifier for {@code target}, keeping its form.
   *
   * @param found the identifier found
   * @param target the migration target
   * @param hint what decides a profile prefix where one must be chosen
   */
  public Rendering render(IdMatch found, Target target, ProfileHint hint) {
    return new Renderer(this).render(found, targetModel(target), hint);
  }

  /** The rule that picks a target when none is named. */
  public DefaultTarget defaultTargetRule() {
    return defaultTarget;
  }

  /**
   * The target a run uses when none is named: the newest target of the default family and
   * generation that is active on {@code today}; when none is active, the newest that is not past
   * end of life (the caller warns); empty when every candidate is retired.
   */
  public Optional<Target> defaultTarget(LocalDate today) {
    List<Target> candidates =
        targets.values().stream()
            .filter(t -> defaultTarget.admits(targetModel(t)))
            .sorted(Comparator.comparing((Target t) -> targetModel(t), Catalog::byVersion))
            .toList();
    Optional<Target> active = newest(candidates, today, s -> s == Lifecycle.State.ACTIVE);
    return active.or(() -> newest(candidates, today, s -> s != Lifecycle.State.END_OF_LIFE));
  }

  private Optional<Target> newest(
      List<Target> ascending, LocalDate today, Predicate<Lifecycle.State> ok) {
    for (int i = ascending.size() - 1; i >= 0; i--) {
      if (ok.test(targetModel(ascending.get(i)).lifecycle().stateOn(today))) {
        return Optional.of(ascending.get(i));
      }
    }
    return Optional.empty();
  }

  /** Orders models by generation: 3.5 before 4 before 4.5 before 4.6. */
  static int byVersion(Model a, Model b) {
    return Arrays.compare(a.versionParts(), b.versionParts());
  }

  /**
   * The newest target of the same family as {@code target} whose model is active on {@code today}.
   */
  public Optional<Model> newestActiveSuccessor(Target target, LocalDate today) {
    ModelFamily family = targetModel(target).family();
    return targets.values().stream()
        .map(this::targetModel)
        .filter(m -> m.family() == family && m.converse())
        .filter(m -> m.lifecycle().stateOn(today) == Lifecycle.State.ACTIVE)
        .max(Catalog::byVersion);
  }

  /** The target that moves to {@code model}, if there is one. */
  public Optional<Target> targetFor(Model model) {
    return targets.values().stream().filter(t -> t.modelKey().equals(model.key())).findFirst();
  }

  /**
   * What a migration to {@code target} does with {@code beta}: the target's own action, else the
   * betas table's, else keep.
   */
  public BetaAction betaAction(Target target, String beta) {
    BetaAction own = target.behaviour().betas().get(beta);
    if (own != null) {
      return own;
    }
    return Optional.ofNullable(betas.get(beta)).map(BetaFlag::action).orElse(BetaAction.KEEP);
  }

  /** The tool version of {@code family} that {@code target} uses, if the target names one. */
  public Optional<ToolVersion> targetTool(Target target, ToolFamily family) {
    return Optional.ofNullable(target.behaviour().tools().get(family)).flatMap(this::tool);
  }

  /**
   * The versions of {@code family} older than the target's that the target model does not accept,
   * each with the version that replaces it for the target.
   */
  public Map<ToolVersion, ToolVersion> toolsToReplace(Target target, ToolFamily family) {
    Map<ToolVersion, ToolVersion> out = new LinkedHashMap<>();
    targetTool(target, family)
        .ifPresent(
            to ->
                tools.values().stream()
                    .filter(v -> v.family() == family && !v.acceptedBy(target.modelKey()))
                    .filter(v -> v.type().compareTo(to.type()) < 0)
                    .forEach(v -> out.put(v, to)));
    return out;
  }

  /**
   * Advice for a model of another family than the target's (Opus, Haiku): its own successor, never
   * the target; empty for a model of the target's family.
   */
  public Optional<String> otherFamilyAdvice(Target target, Model found) {
    Model to = targetModel(target);
    if (found.family() == null || found.family() == to.family()) {
      return Optional.empty();
    }
    Optional<Model> next = Optional.ofNullable(found.successor()).flatMap(this::model);
    String where =
        next.map(
                m ->
                    "move it to its own successor, "
                        + m.name()
                        + " ("
                        + (m.profilePrefixes().contains("global")
                            ? m.profileId("global")
                            : m.bedrockId())
                        + ")")
            .orElse("choose its successor");
    return Optional.of(where + ", by hand (a change of model class is a choice for a person)");
  }
}
