package dev.claudemigrate.engine.rules.familycheck;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which string fragments name a generation the target replaces, from the catalog alone: a fragment
 * that holds {@code claude-}, is part of an ID of a replaced model of the target's family, is no
 * whole ID, and whose part from {@code claude-} on is part of none of the target's IDs.
 */
final class FamilyFragments {
  private static final String STEM = "claude-";

  private final Catalog catalog;
  private final Target target;
  private final List<String> targetIds;
  private final Set<String> wholeIds;
  private final List<String> triggers;

  FamilyFragments(Catalog catalog, Target target) {
    this.catalog = catalog;
    this.target = target;
    this.targetIds = ids(catalog.targetModel(target));
    Set<String> whole = new LinkedHashSet<>();
    for (Model m : catalog.models()) {
      whole.addAll(ids(m));
      if (m.vertexId() != null) {
        whole.add(m.vertexId().toLowerCase(Locale.ROOT));
      }
    }
    this.wholeIds = whole;
    this.triggers = heads();
  }

  /** The target model's display name and Bedrock ID, for messages. */
  Model targetModel() {
    return catalog.targetModel(target);
  }

  /**
   * The shortest head of each replaced model's IDs (from {@code claude-}) that the target's IDs do
   * not hold: every fragment this class reports contains one of them.
   */
  List<String> triggers() {
    return triggers;
  }

  private List<String> heads() {
    Set<String> out = new LinkedHashSet<>();
    for (Model m : replacedOfFamily()) {
      for (String id : ids(m)) {
        String core = core(id);
        for (int n = STEM.length() + 1; n <= core.length(); n++) {
          String head = core.substring(0, n);
          if (!passedByTarget(head)) {
            out.add(head);
            break;
          }
        }
      }
    }
    List<String> minimal = new ArrayList<>();
    for (String t : out) {
      if (out.stream().noneMatch(o -> !o.equals(t) && t.contains(o))) {
        minimal.add(t);
      }
    }
    return List.copyOf(minimal);
  }

  /**
   * The catalog models whose IDs hold {@code fragment}, when it names a generation the target
   * replaces and the target's IDs fail it; empty otherwise.
   */
  Optional<List<Model>> judge(String fragment) {
    String f = fragment.toLowerCase(Locale.ROOT);
    if (!f.contains(STEM) || wholeIds.contains(f) || passedByTarget(f)) {
      return Optional.empty();
    }
    List<Model> named =
        catalog.models().stream()
            .filter(m -> ids(m).stream().anyMatch(id -> id.contains(f)))
            .toList();
    boolean replaced = named.stream().anyMatch(this::replacedOfFamily);
    return replaced ? Optional.of(named) : Optional.empty();
  }

  /** Whether the target's IDs hold {@code fragment} from its {@code claude-} on. */
  boolean passedByTarget(String fragment) {
    String core = core(fragment.toLowerCase(Locale.ROOT));
    return targetIds.stream().anyMatch(id -> id.contains(core));
  }

  private List<Model> replacedOfFamily() {
    return catalog.models().stream().filter(this::replacedOfFamily).toList();
  }

  private boolean replacedOfFamily(Model m) {
    return target.replaces().containsKey(m.key()) && m.family() == targetModel().family();
  }

  private static String core(String id) {
    int at = id.indexOf(STEM);
    return at < 0 ? id : id.substring(at);
  }

  /**
   * Every ID form of a model, lower case: Anthropic name and aliases, Bedrock ID and profiles
   * (Vertex names only count as whole IDs).
   */
  private static List<String> ids(Model m) {
    List<String> out = new ArrayList<>();
    if (m.anthropicId() != null) {
      out.add(m.anthropicId());
    }
    out.addAll(m.anthropicAliases());
    if (m.bedrockId() != null) {
      out.add(m.bedrockId());
      m.profilePrefixes().forEach(p -> out.add(m.profileId(p)));
    }
    return out.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }
}
