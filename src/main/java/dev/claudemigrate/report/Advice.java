package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The long fixes of a result (a paragraph on moving to Converse, say), numbered so that the text
 * report prints each once under its rule and the findings refer to it by number: on a large
 * repository the same 600-character paragraph would otherwise fill the screen 87 times.
 */
final class Advice {
  /** A fix longer than this is advice, printed once; shorter ones stay with their finding. */
  static final int LONG = 160;

  private final Map<String, Integer> numbers;
  private final Map<String, List<String>> byRule;

  private Advice(Map<String, Integer> numbers, Map<String, List<String>> byRule) {
    this.numbers = numbers;
    this.byRule = byRule;
  }

  /** The long fixes of {@code result}, numbered in the order of their rules' ids. */
  static Advice of(MigrationResult result) {
    Map<String, Set<String>> found = new TreeMap<>();
    for (Finding f : result.findings()) {
      if (f.fix() != null && f.fix().length() > LONG) {
        found.computeIfAbsent(f.ruleId(), r -> new LinkedHashSet<>()).add(f.fix());
      }
    }
    Map<String, Integer> numbers = new HashMap<>();
    Map<String, List<String>> byRule = new TreeMap<>();
    found.forEach(
        (rule, fixes) -> {
          fixes.forEach(fix -> numbers.putIfAbsent(fix, numbers.size() + 1));
          byRule.put(rule, List.copyOf(fixes));
        });
    return new Advice(numbers, byRule);
  }

  /** The number of a long fix, or 0 for one short enough to print with its finding. */
  int number(String fix) {
    return numbers.getOrDefault(fix, 0);
  }

  /** The long fixes of a rule, in number order. */
  List<String> of(String ruleId) {
    return byRule.getOrDefault(ruleId, List.of());
  }

  /** The start of {@code text} in at most {@code room} columns, cut between words. */
  static String cut(String text, int room) {
    if (text.length() <= room) {
      return text;
    }
    int space = text.lastIndexOf(' ', Math.max(room, 0));
    return space <= 0 ? "" : text.substring(0, space).stripTrailing();
  }
}
