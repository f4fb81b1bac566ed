package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.model.Suppression;
import dev.claudemigrate.engine.source.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report for people: findings grouped by file with the source line marked, then counts per
 * rule, file errors, unused suppressions, warnings and a one-line total.
 */
final class TextReport {
  private final Ansi ansi;

  /**
   * @param colour whether to emit ANSI colour (only for a terminal without NO_COLOR)
   */
  TextReport(boolean colour) {
    this.ansi = new Ansi(colour);
  }

  String render(MigrationResult result) {
    List<String> out = new ArrayList<>();
    for (FileReport file : result.files()) {
      if (!file.findings().isEmpty()) {
        appendFile(out, file);
      }
    }
    ResultSummary summary = ResultSummary.of(result);
    appendCounts(out, summary);
    appendErrors(out, result.errors());
    appendUnused(out, result.unusedSuppressions());
    result.warnings().forEach(w -> out.add(ansi.severity(Severity.WARNING, "warning:") + " " + w));
    out.add(
        ansi.dim(
            "Scanned "
                + ResultSummary.plural(result.stats().filesSeen(), "file")
                + " ("
                + result.stats().filesMatched()
                + " with a candidate, "
                + result.stats().filesParsed()
                + " parsed) for target "
                + result.target()
                + "."));
    out.add(ansi.bold(summary.totalLine()));
    return String.join("\n", out) + "\n";
  }

  private void appendFile(List<String> out, FileReport file) {
    out.add(
        ansi.bold(file.path())
            + " "
            + ansi.dim("(" + ResultSummary.plural(file.findings().size(), "finding") + ")"));
    for (Finding f : file.findings()) {
      out.add(
          "  "
              + location(f)
              + ": "
              + ansi.severity(f.severity(), f.severity().id())
              + " ["
              + f.ruleId()
              + "]"
              + tags(f)
              + " "
              + f.message());
      out.addAll(SourceExcerpt.render(file.source(), f, "    ", ansi));
      if (f.fix() != null && !f.fix().isBlank()) {
        out.add(
            "    "
                + ansi.green("fix:")
                + " "
                + f.fix()
                + (f.fixable() ? "" : ansi.dim(" (manual)")));
      }
    }
    out.add("");
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
    int width = summary.byRule().keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, ResultSummary.RuleCount> e : summary.byRule().entrySet()) {
      ResultSummary.RuleCount c = e.getValue();
      out.add(String.format("  %-" + width + "s %5d  (%s)", e.getKey(), c.total(), breakdown(c)));
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
    errors.forEach(e -> out.add("  " + e));
    out.add("");
  }

  private void appendUnused(List<String> out, List<Suppression> unused) {
    if (unused.isEmpty()) {
      return;
    }
    out.add(ansi.bold("Unused suppressions") + " (they match no finding; remove them):");
    unused.forEach(s -> out.add("  " + UnusedSuppressions.describe(s)));
    out.add("");
  }
}
