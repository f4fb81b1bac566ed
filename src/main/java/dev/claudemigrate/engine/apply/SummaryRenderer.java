package dev.claudemigrate.engine.apply;

import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.Finding;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plain-text account of an apply run for a terminal or CI log: the files changed (or that would
 * change) with fixes per rule, the findings left for a person with why, and the fixes not applied
 * because of overlapping edits. Errors are not included: the command prints them to stderr.
 */
public final class SummaryRenderer {

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
    if (plan.leftForPerson().isEmpty()) {
      return;
    }
    out.append('\n')
        .append(count(plan.leftForPerson().size(), "finding", "findings"))
        .append(" left for a person:\n");
    for (Finding f : plan.leftForPerson()) {
      out.append("  ")
          .append(f.path())
          .append(':')
          .append(f.span().line())
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
}
