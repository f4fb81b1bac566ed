package dev.claudemigrate.engine.apply;

import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Markdown migration report of {@code apply --report}: a summary table, the fixes per file and
 * rule, and every manual follow-up (only what is left once the fixes are made) as a {@code - [ ]}
 * checklist item with {@code path:line:column}, what was found and what to do, ready to paste into
 * an issue or pull request.
 */
public final class MigrationReport {

  public String render(ApplyPlan plan, SummaryRenderer.Mode mode) {
    boolean written = mode == SummaryRenderer.Mode.WRITTEN;
    StringBuilder md = new StringBuilder("# Claude migration report\n\n");
    md.append("Target: `")
        .append(plan.target())
        .append("`. ")
        .append(
            written
                ? "The changes below were written."
                : "The changes below are pending (nothing was written).")
        .append("\n\n## Summary\n\n| | |\n|---|---:|\n");
    row(md, written ? "Files changed" : "Files to change", plan.changes().size());
    row(md, written ? "Fixes applied" : "Fixes to apply", plan.appliedCount());
    row(md, "Manual follow-ups", plan.leftForPerson().size());
    row(md, "Fixes not applied (overlapping edits)", plan.conflicts().size());
    row(md, "Files with errors", plan.errors().size());
    changes(plan, md);
    manual(plan.leftForPerson(), md);
    conflicts(plan.conflicts(), md);
    errors(plan.errors(), md);
    return md.toString();
  }

  private static void row(StringBuilder md, String label, int n) {
    md.append("| ").append(label).append(" | ").append(n).append(" |\n");
  }

  private static void changes(ApplyPlan plan, StringBuilder md) {
    if (!plan.hasChanges()) {
      return;
    }
    md.append("\n## Changes\n\n| File | Rule | Fixes |\n|---|---|---:|\n");
    for (FileChange c : plan.changes()) {
      for (Map.Entry<String, Integer> e : c.countsByRule().entrySet()) {
        md.append("| ")
            .append(code(c.path()))
            .append(" | ")
            .append(code(e.getKey()))
            .append(" | ")
            .append(e.getValue())
            .append(" |\n");
      }
    }
  }

  private static void manual(List<Finding> findings, StringBuilder md) {
    md.append("\n## Manual follow-ups\n\n");
    if (findings.isEmpty()) {
      md.append("None.\n");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Finding f : findings) {
      if (!seen.add(place(f) + " " + f.ruleId() + " " + f.message())) {
        continue; // the same finding twice (two rules' companions, say) is one thing to do
      }
      md.append("- [ ] ")
          .append(code(place(f)))
          .append(" **")
          .append(f.ruleId())
          .append("**: ")
          .append(sentence(f.message()))
          .append(" Fix: ")
          .append(inline(f.fix()))
          .append('\n');
    }
  }

  private static void conflicts(List<Conflict> conflicts, StringBuilder md) {
    if (conflicts.isEmpty()) {
      return;
    }
    md.append("\n## Fixes not applied (overlapping edits)\n\n");
    for (Conflict c : conflicts) {
      Finding f = c.rejected();
      md.append("- [ ] ")
          .append(code(place(f)))
          .append(" **")
          .append(f.ruleId())
          .append("**: not applied: ")
          .append(sentence(c.reason()))
          .append(" Fix: ")
          .append(inline(f.fix()))
          .append('\n');
    }
  }

  private static void errors(List<FileError> errors, StringBuilder md) {
    if (errors.isEmpty()) {
      return;
    }
    md.append("\n## Errors\n\n");
    errors.forEach(
        e ->
            md.append("- ")
                .append(code(e.path()))
                .append(": ")
                .append(inline(e.reason()))
                .append('\n'));
  }

  /** {@code path:line:column}: several findings can share a line. */
  static String place(Finding f) {
    return f.path() + ":" + f.span().line() + ":" + f.span().column();
  }

  /** Inline text ending in a full stop, so the fix that follows reads as its own sentence. */
  static String sentence(String s) {
    String t = inline(s);
    return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
  }

  /** Inline code that survives backticks in the text. */
  static String code(String s) {
    String fence = s.contains("`") ? "``" : "`";
    String pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
    return fence + pad + s + pad + fence;
  }

  /**
   * One line of Markdown text: line breaks folded, characters that would start HTML or tables
   * escaped.
   */
  static String inline(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ").replace("<", "&lt;").replace("|", "\\|").strip();
  }
}
