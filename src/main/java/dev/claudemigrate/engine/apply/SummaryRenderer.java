package dev.claudemigrate.engine.apply;

import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The plain-text account of an apply run for a terminal or CI log: the files changed (or that would
 * change) with fixes per rule, the findings left for a person with why, and the fixes not applied
 * because of overlapping edits. Errors are not included: the command prints them to stderr.
 */
public final class SummaryRenderer {
  /** More findings left for a person than this are summed up per rule instead of listed. */
  static final int LIST_LIMIT = 20;

  /** Whether the plan's changes were written or are only pending. */
  public enum Mode {
    PENDING("would change", "No changes pending."),
    WRITTEN("changed", "No files changed.");

    private final String verb;
    private final String none;

    Mode(String verb, String none) {
      this.verb = verb;
      this.none = none;
    }
  }

  public String render(ApplyPlan plan, Mode mode) {
    StringBuilder out = new StringBuilder();
    changes(plan, mode, out);
    manual(plan, out);
    if (!plan.conflicts().isEmpty()) {
      out.append('\n')
          .append(count(plan.conflicts().size(), "fix", "fixes"))
          .append(" not applied (edits overlap; run apply again after reviewing):\n");
      plan.conflicts().forEach(c -> out.append("  ").append(c).append('\n'));
    }
    return out.toString();
  }

  private static void changes(ApplyPlan plan, Mode mode, StringBuilder out) {
    if (!plan.hasChanges()) {
      out.append(mode.none).append('\n');
      return;
    }
    out.append(count(plan.changes().size(), "file", "files"))
        .append(' ')
        .append(mode.verb)
        .append(" (")
        .append(count(plan.appliedCount(), "fix", "fixes"))
        .append("):\n");
    for (FileChange c : plan.changes()) {
      out.append("  ").append(c.path()).append(": ").append(perRule(c.countsByRule())).append('\n');
    }
    out.append("Fixes by rule: ").append(perRule(plan.countsByRule())).append('\n');
  }

  private static void manual(ApplyPlan plan, StringBuilder out) {
    List<Finding> left = plan.leftForPerson();
    if (left.isEmpty()) {
      return;
    }
    out.append('\n').append(count(left.size(), "finding", "findings")).append(" left for a person");
    if (left.size() > LIST_LIMIT) {
      // A CI log is no place for hundreds of them: counts here, the list in --report or scan.
      Map<String, Integer> byRule = new TreeMap<>();
      left.forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
      out.append(": ")
          .append(perRule(byRule))
          .append("\n  (listed by 'migrate apply --report FILE' and 'migrate scan')\n");
      return;
    }
    out.append(":\n");
    for (Finding f : left) {
      out.append("  ")
          .append(place(f))
          .append(": [")
          .append(f.ruleId())
          .append("] ")
          .append(f.message())
          .append("\n      why: ")
          .append(f.fix())
          .append('\n');
    }
  }

  /** {@code rule-a 2, rule-b 1}. */
  static String perRule(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** One line per error, as printed to stderr. */
  public static String errors(Iterable<FileError> errors) {
    StringBuilder out = new StringBuilder();
    errors.forEach(e -> out.append(e).append('\n'));
    return out.toString();
  }

  /** {@code path:line:column}: several findings can share a line. */
  public static String place(Finding f) {
    return f.path() + ":" + f.span().line() + ":" + f.span().column();
  }
}
