package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code --format markdown} report: a summary fit for a pull-request comment, counts per rule
 * and severity, then the findings by file in a collapsed list capped at {@link #DEFAULT_LIMIT}.
 */
final class MarkdownReport {
  static final int DEFAULT_LIMIT = 100;

  private final int limit;

  MarkdownReport(int limit) {
    this.limit = limit;
  }

  String render(MigrationResult result) {
    ResultSummary s = ResultSummary.of(result);
    List<String> out = new ArrayList<>();
    out.add(
        "## claude-migrate: "
            + ResultSummary.plural(s.total(), "finding")
            + " for target `"
            + result.target()
            + "`");
    out.add("");
    out.add(s.totalLine().replace("'migrate apply'", "`migrate apply`") + ".");
    out.add("");
    result.warnings().forEach(w -> out.addAll(List.of("> **Warning:** " + escape(w), "")));
    if (s.total() > 0) {
      appendTable(out, s);
      appendFindings(out, result, s.total());
    }
    appendList(
        out,
        "Could not scan " + ResultSummary.plural(result.errors().size(), "file"),
        result.errors().stream()
            .map(e -> "`" + code(e.path()) + "`: " + escape(e.reason()))
            .toList());
    appendList(
        out,
        "Unused suppressions",
        result.unusedSuppressions().stream()
            .map(u -> escape(UnusedSuppressions.describe(u)))
            .toList());
    return String.join("\n", out).stripTrailing() + "\n";
  }

  private static void appendTable(List<String> out, ResultSummary s) {
    out.add("| Rule | Errors | Warnings | Info | Fixable | Total |");
    out.add("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, ResultSummary.RuleCount> e : s.byRule().entrySet()) {
      ResultSummary.RuleCount c = e.getValue();
      out.add(
          "| `"
              + e.getKey()
              + "` | "
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

  private void appendFindings(List<String> out, MigrationResult result, int total) {
    out.add("<details>");
    out.add("<summary>Findings by file (" + total + ")</summary>");
    out.add("");
    int shown = 0;
    for (FileReport file : result.files()) {
      if (shown >= limit || file.findings().isEmpty()) {
        continue;
      }
      out.add("**`" + code(file.path()) + "`**");
      out.add("");
      for (Finding f : file.findings()) {
        if (shown++ >= limit) {
          break;
        }
        out.add(item(f));
      }
      out.add("");
    }
    if (total > limit) {
      out.add("... and " + (total - limit) + " more; run `migrate scan` for the full list.");
      out.add("");
    }
    out.add("</details>");
    out.add("");
  }

  private static String item(Finding f) {
    String link =
        "["
            + escape(f.path() + ":" + f.span().line())
            + "]("
            + SarifReport.relativeUri(f.path())
            + "#L"
            + f.span().line()
            + ")";
    String fix =
        f.fix() == null || f.fix().isBlank()
            ? ""
            : " Fix: " + escape(f.fix()) + (f.fixable() ? "" : " (manual)");
    return "- "
        + link
        + " **"
        + f.severity().id()
        + "** `"
        + f.ruleId()
        + "`"
        + escape(TextReport.tags(f))
        + ": "
        + escape(f.message())
        + " (`"
        + code(f.matched())
        + "`)"
        + fix;
  }

  private static void appendList(List<String> out, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.add("### " + heading);
    out.add("");
    items.forEach(i -> out.add("- " + i));
    out.add("");
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
