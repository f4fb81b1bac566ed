package dev.claudemigrate.report;

import dev.claudemigrate.engine.apply.ApplyPlan;
import dev.claudemigrate.engine.apply.Conflict;
import dev.claudemigrate.engine.apply.FileChange;
import dev.claudemigrate.engine.apply.SummaryRenderer;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Markdown migration report of {@code apply --report}, which organisations use as the body of
 * the migration pull request: a summary table, the fixes per file and rule, and every manual
 * follow-up (only what is left once the fixes are made) as a {@code - [ ]} checklist item with
 * {@code path:line:column}, what was found and what to do, most severe first. Like the scan's
 * Markdown report it keeps within a {@link Budget} whatever the size of the project, counting what
 * it leaves out, and in CI each place links to the commit's copy of the file.
 */
public final class MigrationReport {
  /** Overlapping edits or file errors listed before "and N more". */
  private static final int LIST_CAP = 20;

  private final int budget;
  private final SourceLinks links;

  /** The report as a local file viewer reads it: relative places, within the budget. */
  public MigrationReport() {
    this(Budget.CHARS, SourceLinks.relative());
  }

  /**
   * @param budget the most characters the report may have (a share of it per root when one file
   *     holds several roots)
   * @param links where a place links to; relative links leave places as plain text, as before
   */
  public MigrationReport(int budget, SourceLinks links) {
    this.budget = budget;
    this.links = links;
  }

  public String render(ApplyPlan plan, SummaryRenderer.Mode mode) {
    boolean written = mode == SummaryRenderer.Mode.WRITTEN;
    List<Finding> manual = distinct(plan.leftForPerson());
    List<String> head = new ArrayList<>();
    head.add("# Claude migration report");
    head.add("");
    head.add(
        "Target: `"
            + plan.target()
            + "`. "
            + (written
                ? "The changes below were written."
                : "The changes below are pending (nothing was written)."));
    head.addAll(List.of("", "## Summary", "", "| | |", "|---|---:|"));
    head.add(row(written ? "Files changed" : "Files to change", plan.changes().size()));
    head.add(row(written ? "Fixes applied" : "Fixes to apply", plan.appliedCount()));
    head.add(row("Manual follow-ups", plan.leftForPerson().size()));
    head.add(row("Fixes not applied (overlapping edits)", plan.conflicts().size()));
    head.add(row("Files with errors", plan.errors().size()));
    List<String> tail = new ArrayList<>();
    conflicts(plan.conflicts(), tail);
    errors(plan.errors(), tail);
    int room = budget - Budget.length(head) - Budget.length(tail) - 2 * Budget.OMITTED_NOTE;
    List<String> out = new ArrayList<>(head);
    // The changes are done and in the diff; the follow-ups are what the reviewer acts on, so the
    // change table may take at most half the room.
    int used = changes(plan, out, room / 2);
    manual(manual, out, room - used);
    out.addAll(tail);
    return String.join("\n", out) + "\n";
  }

  private static String row(String label, int n) {
    return "| " + label + " | " + n + " |";
  }

  /** The change table within {@code room}; returns the characters it took. */
  private static int changes(ApplyPlan plan, List<String> out, int room) {
    if (!plan.hasChanges()) {
      return 0;
    }
    List<String> rows = new ArrayList<>();
    int fixes = 0;
    List<Integer> fixesPerRow = new ArrayList<>();
    for (FileChange c : plan.changes()) {
      for (Map.Entry<String, Integer> e : c.countsByRule().entrySet()) {
        rows.add("| " + code(c.path()) + " | " + code(e.getKey()) + " | " + e.getValue() + " |");
        fixesPerRow.add(e.getValue());
        fixes += e.getValue();
      }
    }
    List<String> table = new ArrayList<>(List.of("", "## Changes", "", "| File | Rule | Fixes |"));
    table.add("|---|---|---:|");
    int fit = Budget.fitting(rows, room - Budget.length(table));
    table.addAll(rows.subList(0, fit));
    if (fit < rows.size()) {
      int shown = fixesPerRow.subList(0, fit).stream().mapToInt(Integer::intValue).sum();
      table.add("");
      table.add(
          "... and "
              + (fixes - shown)
              + (fixes - shown == 1 ? " more fix" : " more fixes")
              + " in "
              + (rows.size() - fit)
              + " more file-and-rule rows, not shown to keep this report short (the patch from"
              + " `migrate apply --dry-run` has them all).");
    }
    out.addAll(table);
    return Budget.length(table);
  }

  /** The follow-ups most severe first, as many as fit in {@code room}, then a count of the rest. */
  private void manual(List<Finding> findings, List<String> out, int room) {
    out.addAll(List.of("", "## Manual follow-ups", ""));
    if (findings.isEmpty()) {
      out.add("None.");
      return;
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(f -> MarkdownReport.MOST_SEVERE_FIRST.indexOf(f.severity())));
    List<String> items =
        sorted.stream()
            .map(
                f ->
                    "- [ ] "
                        + place(f)
                        + " **"
                        + f.ruleId()
                        + "**: "
                        + sentence(f.message())
                        + " Fix: "
                        + inline(f.fix()))
            .toList();
    int fit = Budget.fitting(items, room);
    out.addAll(items.subList(0, fit));
    if (fit < items.size()) {
      Map<Severity, Integer> left = new EnumMap<>(Severity.class);
      sorted.subList(fit, sorted.size()).forEach(f -> left.merge(f.severity(), 1, Integer::sum));
      out.add("");
      out.add(MarkdownReport.omitted(left).replace("this comment", "this report"));
    }
  }

  /** The same finding twice (two rules' companions, say) is one thing to do. */
  private static List<Finding> distinct(List<Finding> findings) {
    Set<String> seen = new LinkedHashSet<>();
    return findings.stream()
        .filter(f -> seen.add(SummaryRenderer.place(f) + " " + f.ruleId() + " " + f.message()))
        .toList();
  }

  private void conflicts(List<Conflict> conflicts, List<String> out) {
    if (conflicts.isEmpty()) {
      return;
    }
    out.addAll(List.of("", "## Fixes not applied (overlapping edits)", ""));
    capped(
        conflicts.stream()
            .map(
                c ->
                    "- [ ] "
                        + place(c.rejected())
                        + " **"
                        + c.rejected().ruleId()
                        + "**: not applied: "
                        + sentence(c.reason())
                        + " Fix: "
                        + inline(c.rejected().fix()))
            .toList(),
        out);
  }

  private static void errors(List<FileError> errors, List<String> out) {
    if (errors.isEmpty()) {
      return;
    }
    out.addAll(List.of("", "## Errors", ""));
    capped(
        errors.stream().map(e -> "- " + code(e.path()) + ": " + inline(e.reason())).toList(), out);
  }

  private static void capped(List<String> items, List<String> out) {
    out.addAll(items.subList(0, Math.min(LIST_CAP, items.size())));
    if (items.size() > LIST_CAP) {
      out.add("- ... and " + (items.size() - LIST_CAP) + " more (listed by `migrate apply`)");
    }
  }

  /** {@code path:line:column} as inline code, linked to the commit's line in CI. */
  private String place(Finding f) {
    String text = code(SummaryRenderer.place(f));
    return links.absolute() ? "[" + text + "](" + links.to(f.path(), f.span().line()) + ")" : text;
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
