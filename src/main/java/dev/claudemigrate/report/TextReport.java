package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.model.Suppression;
import dev.claudemigrate.engine.source.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report for people, wrapped to the terminal's width: findings grouped by file with the source
 * line marked (many of one kind in a file as one line with a count and the lines), then counts per
 * rule, each rule's explanation and long advice once, file errors, unused suppressions, warnings
 * and a one-line total. Only a word that cannot be broken (a long path, an ID) makes a line wider.
 */
final class TextReport {
  private static final String ENTRY = "  ";
  private static final String HANG = "      ";
  private static final String DETAIL = "    ";

  private final Ansi ansi;
  private final int width;

  /**
   * @param colour whether to emit ANSI colour (only for a terminal without NO_COLOR)
   * @param width the columns a line may take
   */
  TextReport(boolean colour, int width) {
    this.ansi = new Ansi(colour);
    this.width = Math.max(width, Wrap.MIN_WIDTH);
  }

  String render(MigrationResult result, List<RuleInfo> rules) {
    List<String> out = new ArrayList<>();
    Advice advice = Advice.of(result);
    for (FileReport file : result.files()) {
      if (!file.findings().isEmpty()) {
        appendFile(out, file, advice);
      }
    }
    ResultSummary summary = ResultSummary.of(result);
    appendCounts(out, summary);
    new RuleNotes(ansi, width).append(out, summary.byRule().keySet(), rules, advice);
    appendErrors(out, result.errors());
    appendUnused(out, result.unusedSuppressions());
    result
        .warnings()
        .forEach(w -> out.addAll(wrap(ansi.severity(Severity.WARNING, "warning:") + " ", w)));
    out.addAll(
        Wrap.hanging(
            "",
            "",
            ansi.dim(
                "Scanned "
                    + ResultSummary.plural(result.stats().filesSeen(), "file")
                    + " ("
                    + result.stats().filesMatched()
                    + " with a candidate, "
                    + result.stats().filesParsed()
                    + " parsed) for target "
                    + result.target()
                    + "."),
            width));
    appendTotal(out, summary.totalLine());
    return String.join("\n", out) + "\n";
  }

  /** The total in one line when it fits, else broken after its "; " (scripts grep its start). */
  private void appendTotal(List<String> out, String total) {
    int semicolon = total.indexOf("; ");
    if (Wrap.visible(total) <= width || semicolon < 0) {
      out.add(ansi.bold(total));
      return;
    }
    out.addAll(Wrap.hanging("", "", ansi.bold(total.substring(0, semicolon + 1)), width));
    out.addAll(Wrap.hanging("", "", ansi.bold(total.substring(semicolon + 2)), width));
  }

  private void appendFile(List<String> out, FileReport file, Advice advice) {
    String count = ansi.dim("(" + ResultSummary.plural(file.findings().size(), "finding") + ")");
    if (Wrap.visible(file.path()) + 1 + Wrap.visible(count) <= width) {
      out.add(ansi.bold(file.path()) + " " + count);
    } else {
      out.add(ansi.bold(file.path()));
      out.add(ENTRY + count);
    }
    for (FindingGroups.Group g : FindingGroups.of(file.findings())) {
      if (g.collapsed()) {
        appendCollapsed(out, g, advice);
        continue;
      }
      for (Finding f : g.findings()) {
        out.addAll(heading(f, f.message()));
        out.addAll(SourceExcerpt.render(file.source(), f, DETAIL, ansi, width));
        appendFix(out, f, advice);
      }
    }
    out.add("");
  }

  /** Many findings of one kind: the first's place and words, how many, and on which lines. */
  private void appendCollapsed(List<String> out, FindingGroups.Group g, Advice advice) {
    Finding f = g.first();
    int others = g.messages() - 1;
    String message =
        f.message() + (others > 0 ? " (and " + ResultSummary.plural(others, "other") + ")" : "");
    out.addAll(heading(f, message + " - " + g.size() + " times, " + g.lineList()));
    appendFix(out, f, advice);
  }

  /** {@code path:line:col: severity [rule] [tags] message}, wrapped with a hanging indent. */
  private List<String> heading(Finding f, String message) {
    String text =
        ansi.severity(f.severity(), f.severity().id())
            + " ["
            + f.ruleId()
            + "]"
            + tags(f)
            + " "
            + message;
    return Wrap.hanging(ENTRY + location(f) + ": ", HANG, text, width);
  }

  private void appendFix(List<String> out, Finding f, Advice advice) {
    if (f.fix() == null || f.fix().isBlank()) {
      return;
    }
    String manual = f.fixable() ? "" : " " + ansi.dim("(manual)");
    String first = DETAIL + ansi.green("fix:") + " ";
    int n = advice.number(f.fix());
    if (n == 0) {
      out.addAll(Wrap.hanging(first, DETAIL + "     ", f.fix() + manual, width));
      return;
    }
    // Long advice is printed once under its rule; here its start, cut to one line, and its number.
    String ref = " ... [" + n + "]" + manual;
    int room = width - Wrap.visible(first) - Wrap.visible(ref);
    out.add(first + Advice.cut(f.fix(), room) + ref);
  }

  static String location(Finding f) {
    return f.path() + ":" + f.span().line() + ":" + f.span().column();
  }

  /** Tags for places that are not a plain use in code or config: comments, docs, outputs, tests. */
  static String tags(Finding f) {
    StringBuilder b = new StringBuilder();
    if (f.context() != Context.CODE
        && f.context() != Context.STRING_LITERAL
        && f.context() != Context.CONFIG_VALUE) {
      b.append(" [").append(f.context().id()).append(']');
    }
    if (f.test()) {
      b.append(" [test]");
    }
    return b.toString();
  }

  private void appendCounts(List<String> out, ResultSummary summary) {
    if (summary.byRule().isEmpty()) {
      out.add("No findings.");
      out.add("");
      return;
    }
    out.add(ansi.bold("Findings by rule:"));
    int idWidth = summary.byRule().keySet().stream().mapToInt(String::length).max().orElse(0);
    String indent = " ".repeat(ENTRY.length() + idWidth + 8);
    for (Map.Entry<String, ResultSummary.RuleCount> e : summary.byRule().entrySet()) {
      ResultSummary.RuleCount c = e.getValue();
      String head = String.format("  %-" + idWidth + "s %5d  ", e.getKey(), c.total());
      out.addAll(Wrap.hanging(head, indent, "(" + breakdown(c) + ")", width));
    }
    out.add("");
  }

  private static String breakdown(ResultSummary.RuleCount c) {
    List<String> parts = new ArrayList<>();
    if (c.errors() > 0) {
      parts.add(ResultSummary.plural(c.errors(), "error"));
    }
    if (c.warnings() > 0) {
      parts.add(ResultSummary.plural(c.warnings(), "warning"));
    }
    if (c.info() > 0) {
      parts.add(c.info() + " info");
    }
    parts.add(c.fixable() + " fixable");
    return String.join(", ", parts);
  }

  private void appendErrors(List<String> out, List<FileError> errors) {
    if (errors.isEmpty()) {
      return;
    }
    out.add(
        ansi.severity(
            Severity.ERROR, "Could not scan " + ResultSummary.plural(errors.size(), "file") + ":"));
    errors.forEach(e -> out.addAll(Wrap.hanging(ENTRY + e.path() + ": ", HANG, e.reason(), width)));
    out.add("");
  }

  private void appendUnused(List<String> out, List<Suppression> unused) {
    if (unused.isEmpty()) {
      return;
    }
    out.addAll(
        wrap(ansi.bold("Unused suppressions") + " ", "(they match no finding; remove them):"));
    unused.forEach(
        s -> out.addAll(Wrap.hanging(ENTRY, HANG, UnusedSuppressions.describe(s), width)));
    out.add("");
  }

  private List<String> wrap(String first, String text) {
    return Wrap.hanging(first, ENTRY, text, width);
  }
}
