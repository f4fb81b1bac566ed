package dev.claudemigrate.engine;

import dev.claudemigrate.engine.files.Globs;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Suppression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Drops suppressed findings: those covered by an inline marker on their line or the line before,
 * and those whose path matches a config {@code ignore} entry's glob (gitignore syntax) for their
 * rule. Remembers which suppressions were used, so the rest can be reported as unused. One filter
 * per scan; not thread-safe.
 */
final class SuppressionFilter {
  private final List<Suppression> config;
  private final List<IgnoreNode> configGlobs;
  private final Set<Suppression> used = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Suppression> inlineSeen = new ArrayList<>();

  SuppressionFilter(List<Suppression> config) {
    this.config = List.copyOf(config);
    this.configGlobs = this.config.stream().map(s -> Globs.of(s.path())).toList();
  }

  /** The findings of one file that no suppression covers. */
  List<Finding> filter(String path, List<Finding> findings, List<Suppression> inline) {
    inlineSeen.addAll(inline);
    Map<Integer, Boolean> configApplies = new HashMap<>();
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      boolean suppressed = false;
      for (Suppression s : inline) {
        if (InlineSuppressions.covers(s, f)) {
          used.add(s);
          suppressed = true;
        }
      }
      for (int i = 0; i < config.size(); i++) {
        Suppression s = config.get(i);
        if (matchesRule(s, f)
            && configApplies.computeIfAbsent(i, x -> Globs.matches(configGlobs.get(x), path))) {
          used.add(s);
          suppressed = true;
        }
      }
      if (!suppressed) {
        kept.add(f);
      }
    }
    return kept;
  }

  /** Suppressions that covered no finding: inline ones by path and line, then config entries. */
  List<Suppression> unused() {
    List<Suppression> out = new ArrayList<>();
    inlineSeen.stream()
        .filter(s -> !used.contains(s))
        .sorted(Comparator.comparing(Suppression::path).thenComparingInt(Suppression::line))
        .forEach(out::add);
    config.stream().filter(s -> !used.contains(s)).forEach(out::add);
    return out;
  }

  private static boolean matchesRule(Suppression s, Finding f) {
    return s.ruleId().equals("*") || s.ruleId().equals(f.ruleId());
  }
}
