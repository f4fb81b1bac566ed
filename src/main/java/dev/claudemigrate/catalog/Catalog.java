package dev.claudemigrate.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model catalog: every known Claude model, migration target, tool version and beta value, with
 * the knowledge of how identifiers are written and how to rewrite one for a target.
 */
public final class Catalog {
  private final Map<String, Model> models;
  private final Map<String, Target> targets;
  private final Map<String, ToolVersion> tools;
  private final Map<String, BetaFlag> betas;
  private final Map<String, String> regionPrefixes;
  private final List<String> sources;

  /** Every literal identifier (Bedrock, Anthropic, Vertex, bogus) mapped to what it names. */
  private final Map<String, Literal> literals;

  private final Pattern idPattern;
  private final IdFinder idFinder;

  /** What one literal identifier string names. */
  private record Literal(Model model, IdForm form, boolean bogus) {}

  Catalog(
      Map<String, Model> models,
      Map<String, String> bogusIds,
      Map<String, Target> targets,
      Map<String, ToolVersion> tools,
      Map<String, BetaFlag> betas,
      Map<String, String> regionPrefixes,
      List<String> sources) {
    this.models = Map.copyOf(models);
    this.targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    this.tools = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tools));
    this.betas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(betas));
    this.regionPrefixes =
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(regionPrefixes));
    this.sources = List.copyOf(sources);
    this.modelOrder = List.copyOf(models.keySet());
    Map<String, Literal> lit = new LinkedHashMap<>();
    for (Model m : models.values()) {
      lit.put(m.bedrockId(), new Literal(m, IdForm.BEDROCK_BASE, false));
      lit.put(m.anthropicId(), new Literal(m, IdForm.ANTHROPIC, false));
      m.anthropicAliases().forEach(a -> lit.put(a, new Literal(m, IdForm.ANTHROPIC_ALIAS, false)));
      if (m.vertexId() != null) {
        lit.put(m.vertexId(), new Literal(m, IdForm.VERTEX, false));
      }
    }
    bogusIds.forEach(
        (id, key) -> lit.put(id, new Literal(models.get(key), IdForm.BEDROCK_BASE, true)));
    this.literals = Map.copyOf(lit);
    this.idPattern = buildPattern(lit.keySet());
    this.idFinder = new IdFinder(idPattern, lit.keySet());
  }

  private final List<String> modelOrder;

  private static Pattern buildPattern(java.util.Set<String> ids) {
    String alternation =
        ids.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
            .map(Pattern::quote)
            .reduce((a, b) -> a + "|" + b)
            .orElse("(?!)");
    // A match may not start inside a longer token: the characters before must not continue an
    // identifier, a profile prefix or an ARN, so that "us.anthropic..." is matched whole and
    // "foundation-model/anthropic..." only as part of a concrete ARN (IAM wildcards never match).
    // A provider route may lead into the ID within the token (see ROUTE); it is matched, but the
    // found identifier starts after it.
    return Pattern.compile(
        "(?<![A-Za-z0-9_.:/@-])"
            + ROUTE
            + "(?:(?<arn>arn:aws[a-z-]*:bedrock:(?<region>[a-z0-9-]+):(?<account>[0-9]*):"
            + "(?<kind>foundation-model|inference-profile)/))?"
            + "(?:(?<prefix>us-gov|global|apac|us|eu|jp|au|ca)\\.)?"
            + "(?<id>"
            + alternation
            + ")(?![A-Za-z0-9_@-])(?!:[0-9])");
  }

  /**
   * What may come before an ID in the same token and still name that model: a provider route of an
   * eval or proxy configuration (promptfoo {@code anthropic:messages:claude-...}, {@code
   * bedrock:anthropic.claude-...}; LiteLLM and aider {@code bedrock/anthropic.claude-...}, {@code
   * bedrock/converse/...}, {@code anthropic/claude-...}; LangChain and Pydantic AI {@code
   * anthropic:claude-...}, {@code bedrock_converse:...}), the {@code /model/} segment of a Bedrock
   * runtime URL, and the model path of a Vertex AI URL. Other paths stay out: a file named after a
   * model is not a use.
   */
  private static final String ROUTE =
      "(?<route>(?:(?:amazon[-_]?bedrock|bedrock(?:[-_]converse)?|anthropic|messages|chat|converse"
          + "|invoke|vertex(?:[-_]?ai)?|litellm)[:/])+"
          + "|(?:[A-Za-z0-9.:/_-]*/)?model/(?=(?:[a-z-]+\\.)?anthropic\\.)"
          + "|(?:[A-Za-z0-9.:/_-]*/)?publishers/anthropic/models/)?";

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
    return idFinder.findAll(text, this::toMatch);
  }

  /** {@link #findIds} by trying the pattern at every character: the reference for tests. */
  List<IdMatch> findIdsPlain(CharSequence text) {
    return idFinder.findAllPlain(text, this::toMatch);
  }

  /** Whether {@link #findIds} searches from the anchor (for tests). */
  boolean idSearchAnchored() {
    return idFinder.anchored();
  }

  /** The identifier if {@code text} is exactly one known identifier. */
  public Optional<IdMatch> identify(String text) {
    Matcher m = idPattern.matcher(text);
    return m.matches() && m.group("route") == null ? Optional.of(toMatch(m)) : Optional.empty();
  }

  /** Every literal identifier string the catalog knows (useful as scan trigger strings). */
  public java.util.Set<String> knownIdStrings() {
    return literals.keySet();
  }

  private IdMatch toMatch(Matcher m) {
    Literal lit = literals.get(m.group("id"));
    String prefix = m.group("prefix");
    boolean bedrock = lit.form() == IdForm.BEDROCK_BASE;
    IdForm form = lit.form();
    if (m.group("arn") != null && bedrock) {
      form =
          "inference-profile".equals(m.group("kind"))
              ? IdForm.INFERENCE_PROFILE_ARN
              : IdForm.FOUNDATION_MODEL_ARN;
    } else if (prefix != null && bedrock) {
      form = IdForm.INFERENCE_PROFILE;
    }
    int start = m.start(m.group("arn") != null ? "arn" : prefix != null ? "prefix" : "id");
    return new IdMatch(
        start,
        m.end(),
        m.group().substring(start - m.start()),
        form,
        lit.model(),
        prefix,
        m.group("region"),
        m.group("account") == null || m.group("account").isEmpty() ? null : m.group("account"),
        lit.bogus());
  }

  /** The inference-profile prefix that fits an AWS region (us-east-1 → us), if any. */
  public Optional<String> prefixForRegion(String region) {
    if (region == null) {
      return Optional.empty();
    }
    String r = region.toLowerCase(Locale.ROOT);
    return regionPrefixes.entrySet().stream()
        .filter(e -> r.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * Rewrites a found identifier for {@code target}, keeping its form.
   *
   * @param found the identifier found
   * @param target the migration target
   * @param prefix the profile prefix to use where a base ID must become an inference-profile ID
   *     (from --profile-prefix, config, or a region the project states), or null when unknown
   */
  public Rendering render(IdMatch found, Target target, String prefix) {
    Model to = targetModel(target);
    return switch (found.form()) {
      case ANTHROPIC -> new Rendering.Replacement(to.anthropicId(), null);
      case ANTHROPIC_ALIAS ->
          new Rendering.Replacement(
              to.anthropicAliases().isEmpty() ? to.anthropicId() : to.anthropicAliases().get(0),
              null);
      case VERTEX -> new Rendering.Replacement(to.vertexId(), null);
      case INFERENCE_PROFILE -> profile(to, found.prefix(), found.prefix() + ".");
      case INFERENCE_PROFILE_ARN ->
          profile(
              to,
              found.prefix(),
              "arn:aws:bedrock:"
                  + found.region()
                  + ":"
                  + nullToEmpty(found.account())
                  + ":inference-profile/"
                  + found.prefix()
                  + ".");
      case FOUNDATION_MODEL_ARN ->
          new Rendering.Replacement(
              "arn:aws:bedrock:" + found.region() + "::foundation-model/" + to.bedrockId(),
              to.requiresProfile()
                  ? to.name()
                      + " cannot be invoked on demand through a foundation-model ARN; use an inference profile for calls"
                  : null);
      case BEDROCK_BASE -> base(to, prefix);
    };
  }

  private Rendering profile(Model to, String prefix, String head) {
    if (prefix == null) {
      return base(to, null);
    }
    if (to.profilePrefixes().contains(prefix)) {
      return new Rendering.Replacement(head + to.bedrockId(), null);
    }
    return new Rendering.Choice(
        to.profilePrefixes().stream().map(to::profileId).toList(),
        to.name() + " has no '" + prefix + ".' inference profile; choose another prefix");
  }

  private Rendering base(Model to, String prefix) {
    if (!to.requiresProfile()) {
      return new Rendering.Replacement(to.bedrockId(), null);
    }
    if (prefix != null && to.profilePrefixes().contains(prefix)) {
      return new Rendering.Replacement(
          to.profileId(prefix), "base ID became an inference-profile ID (" + prefix + ")");
    }
    return new Rendering.Choice(
        to.profilePrefixes().stream().map(to::profileId).toList(),
        to.name()
            + " cannot be called on demand by base ID and no region decides the inference-profile prefix"
            + (prefix == null ? "" : " ('" + prefix + "' is not offered)")
            + "; pass --profile-prefix or set profilePrefix in .claude-migrate.yml");
  }

  /**
   * The newest active model of the target's family on {@code today} that is not past end of life.
   */
  public Optional<Model> newestActiveSuccessor(Target target, LocalDate today) {
    List<Target> all = List.copyOf(targets.values());
    for (int i = all.size() - 1; i >= 0; i--) {
      Model m = targetModel(all.get(i));
      if (m.lifecycle().stateOn(today) == Lifecycle.State.ACTIVE) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
