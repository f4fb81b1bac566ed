package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code --format markdown} report, made for a pull-request comment: the summary and counts per
 * rule first, then the findings most severe first (many of one kind in a file as one item), and as
 * many as fit in {@link #BUDGET} characters whatever the size of the scan; what is left out is
 * counted, with a pointer to the full SARIF or JSON report. GitHub rejects comments over 65,536
 * characters.
 */
final class MarkdownReport {
  /** The most characters the report may have. */
  static final int BUDGET = Budget.CHARS;

  /** Errors or unused suppressions listed before "and N more". */
  private static final int LIST_CAP = 20;

  /** The longest text one warning, error reason or message may show. */
  private static final int TEXT_CAP = 1_000;

  static final List<Severity> MOST_SEVERE_FIRST =
      List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

  private final int budget;
  private final SourceLinks links;

  MarkdownReport(int budget, SourceLinks links) {
    this.budget = budget;
    this.links = links;
  }

  String render(MigrationResult result, List<RuleInfo> rules) {
    ResultSummary s = ResultSummary.of(result);
    List<String> head = new ArrayList<>();
    head.add(
        "## claude-migrate: "
            + ResultSummary.plural(s.total(), "finding")
            + " for target `"
            + code(result.target())
            + "`");
    head.add("");
    head.add(s.totalLine().replace("'migrate apply'", "`migrate apply`") + ".");
    head.add("");
    result.warnings().stream()
        .limit(LIST_CAP)
        .forEach(w -> head.addAll(List.of("> **Warning:** " + escape(cap(w)), "")));
    if (s.total() > 0) {
      appendTable(head, s, rules);
    }
    List<String> tail = new ArrayList<>();
    appendList(
        tail,
        "Could not scan " + ResultSummary.plural(result.errors().size(), "file"),
        result.errors().stream()
            .map(e -> "`" + code(e.path()) + "`: " + escape(cap(e.reason())))
            .toList());
    appendList(
        tail,
        "Unused suppressions",
        result.unusedSuppressions().stream()
            .map(u -> escape(cap(UnusedSuppressions.describe(u))))
            .toList());
    List<String> out = new ArrayList<>(head);
    if (s.total() > 0) {
      int room = budget - Budget.length(head) - Budget.length(tail) - Budget.OMITTED_NOTE;
      appendFindings(out, result, s.total(), room);
    }
    out.addAll(tail);
    return String.join("\n", out).stripTrailing() + "\n";
  }

  private static void appendTable(List<String> out, ResultSummary s, List<RuleInfo> rules) {
    Map<String, String> docs =
        rules.stream()
            .filter(r -> r.docsUrl() != null)
            .collect(Collectors.toMap(RuleInfo::id, RuleInfo::docsUrl, (a, b) -> a));
    out.add("| Rule | Errors | Warnings | Info | Fixable | Total |");
    out.add("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, ResultSummary.RuleCount> e : s.byRule().entrySet()) {
      ResultSummary.RuleCount c = e.getValue();
      String id = "`" + e.getKey() + "`";
      String rule =
          docs.containsKey(e.getKey()) ? "[" + id + "](" + docs.get(e.getKey()) + ")" : id;
      out.add(
          "| "
              + rule
              + " | "
              + c.errors()
              + " | "
              + c.warnings()
              + " | "
              + c.info()
              + " | "
              + c.fixable()
              + " | "
              + c.total()
              + " |");
    }
    out.add(
        "| **Total** | "
            + s.count(Severity.ERROR)
            + " | "
            + s.count(Severity.WARNING)
            + " | "
            + s.count(Severity.INFO)
            + " | "
            + s.fixable()
            + " | "
            + s.total()
            + " |");
    out.add("");
  }

  /** The findings most severe first, as many as fit in {@code room}, then a count of the rest. */
  private void appendFindings(List<String> out, MigrationResult result, int total, int room) {
    List<FindingGroups.Group> groups = new ArrayList<>();
    for (FileReport file : result.files()) {
      groups.addAll(FindingGroups.of(file.findings()));
    }
    groups.sort(Comparator.comparing(g -> MOST_SEVERE_FIRST.indexOf(g.severity())));
    Set<String> fixesShown = new HashSet<>();
    List<String> all = groups.stream().map(g -> item(g, fixesShown)).toList();
    int fit = Budget.fitting(all, room);
    List<String> items = all.subList(0, fit);
    Map<Severity, Integer> left = new EnumMap<>(Severity.class);
    groups
        .subList(fit, groups.size())
        .forEach(g -> left.merge(g.severity(), g.size(), Integer::sum));
    int shown = total - left.values().stream().mapToInt(Integer::intValue).sum();
    out.add("<details>");
    out.add(
        "<summary>Findings, most severe first ("
            + (shown == total ? total : shown + " of " + total)
            + ")</summary>");
    out.add("");
    out.addAll(items);
    out.add("");
    if (!left.isEmpty()) {
      out.add(omitted(left));
      out.add("");
    }
    out.add("</details>");
    out.add("");
  }

  /** {@code ... and 940 more (12 errors, 928 info) not shown here: ...}. */
  static String omitted(Map<Severity, Integer> left) {
    int n = left.values().stream().mapToInt(Integer::intValue).sum();
    String counts =
        MOST_SEVERE_FIRST.stream()
            .filter(left::containsKey)
            .map(
                s ->
                    s == Severity.INFO
                        ? left.get(s) + " info"
                        : ResultSummary.plural(left.get(s), s.id()))
            .collect(Collectors.joining(", "));
    return "... and "
        + n
        + " more ("
        + counts
        + ") not shown to keep this comment short. The full list is in the SARIF or JSON report:"
        + " `migrate scan --format sarif -o migrate.sarif` (or `--format json`).";
  }

  /** One finding, or many of one kind in a file with a link to each of their first lines. */
  private String item(FindingGroups.Group g, Set<String> fixesShown) {
    Finding f = g.first();
    StringBuilder b = new StringBuilder("- ");
    b.append(link(f.path() + ":" + f.span().line(), f.path(), f.span().line()));
    b.append(" **").append(f.severity().id()).append("** `").append(f.ruleId()).append('`');
    b.append(escape(TextReport.tags(f))).append(": ").append(escape(cap(f.message())));
    if (g.collapsed()) {
      int others = g.messages() - 1;
      b.append(others > 0 ? " (and " + ResultSummary.plural(others, "other") + ")" : "");
      b.append(" - ").append(g.size()).append(" times, ");
      b.append(g.lineList(l -> link(String.valueOf(l), f.path(), l)));
    } else {
      b.append(" (`").append(code(cap(f.matched()))).append("`)");
    }
    if (f.fix() != null && !f.fix().isBlank()) {
      b.append(" Fix: ").append(fix(f.fix(), fixesShown)).append(f.fixable() ? "" : " (manual)");
    }
    return b.toString();
  }

  /** A long fix in full the first time, then its start and "as above". */
  private static String fix(String fix, Set<String> fixesShown) {
    if (fix.length() <= Advice.LONG || fixesShown.add(fix)) {
      return escape(fix);
    }
    return escape(Advice.cut(fix, Advice.LONG / 2)) + " ... (as above)";
  }

  private String link(String text, String path, int line) {
    return "[" + escape(text) + "](" + links.to(path, line) + ")";
  }

  private static void appendList(List<String> out, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.add("### " + heading);
    out.add("");
    items.stream().limit(LIST_CAP).forEach(i -> out.add("- " + i));
    if (items.size() > LIST_CAP) {
      out.add("- ... and " + (items.size() - LIST_CAP) + " more");
    }
    out.add("");
  }

  private static String cap(String s) {
    return s.length() <= TEXT_CAP ? s : Advice.cut(s, TEXT_CAP) + " ...";
  }

  /** Escapes text so that Markdown and HTML in messages show as written. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '#' -> b.append('\\').append(c);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Text for an inline code span: backticks cannot be escaped there, so they become quotes. */
  static String code(String s) {
    return s.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
  }
}
