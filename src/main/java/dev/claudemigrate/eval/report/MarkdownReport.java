package dev.claudemigrate.eval.report;

import dev.claudemigrate.eval.CaseComparison;
import dev.claudemigrate.eval.CaseResult;
import dev.claudemigrate.eval.DatasetError;
import dev.claudemigrate.eval.Deltas;
import dev.claudemigrate.eval.EvalReport;
import dev.claudemigrate.eval.ModelStats;
import dev.claudemigrate.eval.Outcome;
import java.util.List;

/**
 * The report as Markdown, short enough for a pull-request comment: changed cases in full, the rest
 * as a table.
 */
public final class MarkdownReport {
  private static final int ANSWER_CHARS = 400;

  /** Cases shown in full per section; GitHub comments stop at 65,536 characters. */
  static final int MAX_SIDE_BY_SIDE = 15;

  private MarkdownReport() {}

  public static String render(EvalReport r) {
    StringBuilder md = new StringBuilder();
    md.append("## migrate eval: `")
        .append(r.plan().baselineModel())
        .append("` → `")
        .append(r.plan().candidateModel())
        .append("`\n\n");
    md.append(Summary.headline(r)).append("\n\n");
    stats(md, r);
    for (Outcome o : List.of(Outcome.REGRESSION, Outcome.IMPROVEMENT, Outcome.ERROR)) {
      List<CaseComparison> cs = r.cases().stream().filter(c -> c.outcome() == o).toList();
      if (!cs.isEmpty()) {
        md.append("### ").append(Fmt.title(o)).append(" (").append(cs.size()).append(")\n\n");
        cs.stream().limit(MAX_SIDE_BY_SIDE).forEach(c -> sideBySide(md, c));
        if (cs.size() > MAX_SIDE_BY_SIDE) {
          md.append("…and ")
              .append(cs.size() - MAX_SIDE_BY_SIDE)
              .append(" more (see the HTML or JSON report): ")
              .append(
                  String.join(
                      ", ",
                      cs.stream().skip(MAX_SIDE_BY_SIDE).map(c -> "`" + c.caseId() + "`").toList()))
              .append("\n\n");
        }
      }
    }
    unchanged(md, r);
    datasetErrors(md, r.datasetErrors());
    return md.toString();
  }

  private static void stats(StringBuilder md, EvalReport r) {
    ModelStats b = r.baseline();
    ModelStats c = r.candidate();
    Deltas d = r.deltas();
    md.append("| | baseline | candidate | Δ |\n|---|---:|---:|---:|\n");
    row(md, "pass rate", Fmt.pct(b.passRate()), Fmt.pct(c.passRate()), Fmt.pp(d.passRate()));
    row(
        md,
        "refusal rate",
        Fmt.pct(b.refusalRate()),
        Fmt.pct(c.refusalRate()),
        Fmt.pp(d.refusalRate()));
    row(
        md,
        "guardrail interventions",
        Fmt.pct(b.guardrailRate()),
        Fmt.pct(c.guardrailRate()),
        Fmt.pp(d.guardrailRate()));
    row(md, "error rate", Fmt.pct(b.errorRate()), Fmt.pct(c.errorRate()), Fmt.pp(d.errorRate()));
    row(
        md,
        "latency p50",
        Fmt.ms(b.latencyP50()),
        Fmt.ms(c.latencyP50()),
        Fmt.signedMs(d.latencyP50()));
    row(
        md,
        "latency p95",
        Fmt.ms(b.latencyP95()),
        Fmt.ms(c.latencyP95()),
        Fmt.signedMs(d.latencyP95()));
    row(
        md,
        "input tokens",
        Fmt.count(b.inputTokens()),
        Fmt.count(c.inputTokens()),
        Fmt.signed(d.inputTokens()));
    row(
        md,
        "output tokens",
        Fmt.count(b.outputTokens()),
        Fmt.count(c.outputTokens()),
        Fmt.signed(d.outputTokens()));
    row(
        md,
        "thinking tokens (est.)",
        Fmt.count(b.thinkingTokens()),
        Fmt.count(c.thinkingTokens()),
        Fmt.signed(d.thinkingTokens()));
    row(md, "cost", Fmt.usd(b.cost()), Fmt.usd(c.cost()), Fmt.signedUsd(d.cost()));
    md.append('\n');
  }

  private static void row(StringBuilder md, String... cells) {
    md.append('|');
    for (String c : cells) {
      md.append(' ').append(c).append(" |");
    }
    md.append('\n');
  }

  private static void sideBySide(StringBuilder md, CaseComparison c) {
    md.append("#### `").append(c.caseId()).append('`');
    if (c.description() != null) {
      md.append(" · ").append(cell(c.description()));
    }
    md.append(c.flaky() ? " · flaky" : "").append("\n\n");
    md.append("> ").append(cell(Fmt.cut(c.prompt().strip(), 300))).append("\n\n");
    md.append("| | baseline: ")
        .append(Fmt.verdict(c.baseline()))
        .append(" | candidate: ")
        .append(Fmt.verdict(c.candidate()))
        .append(" |\n|---|---|---|\n");
    CaseResult b = c.baseline().isEmpty() ? null : c.baseline().get(0);
    CaseResult k = c.candidate().isEmpty() ? null : c.candidate().get(0);
    row(
        md,
        "answer",
        b == null ? "" : cell(Fmt.cut(Fmt.answer(b), ANSWER_CHARS)),
        k == null ? "" : cell(Fmt.cut(Fmt.answer(k), ANSWER_CHARS)));
    row(
        md,
        "failed",
        b == null ? "" : cell(Fmt.failures(b)),
        k == null ? "" : cell(Fmt.failures(k)));
    md.append('\n');
  }

  private static void unchanged(StringBuilder md, EvalReport r) {
    List<CaseComparison> rest =
        r.cases().stream()
            .filter(c -> c.outcome() == Outcome.BOTH_FAIL || c.outcome() == Outcome.BOTH_PASS)
            .toList();
    if (rest.isEmpty()) {
      return;
    }
    md.append("<details><summary>Unchanged (").append(rest.size()).append(")</summary>\n\n");
    md.append("| case | baseline | candidate | candidate's failed checks |\n|---|---|---|---|\n");
    for (CaseComparison c : rest) {
      String failed = c.candidate().isEmpty() ? "" : cell(Fmt.failures(c.candidate().get(0)));
      row(
          md,
          "`" + c.caseId() + "`",
          Fmt.verdict(c.baseline()),
          Fmt.verdict(c.candidate()),
          failed);
    }
    md.append("\n</details>\n\n");
  }

  private static void datasetErrors(StringBuilder md, List<DatasetError> errors) {
    if (errors.isEmpty()) {
      return;
    }
    md.append("### Dataset errors (").append(errors.size()).append(")\n\n");
    errors.forEach(
        e ->
            md.append("- `")
                .append(e.file())
                .append(':')
                .append(e.line())
                .append("` ")
                .append(cell(e.message()))
                .append('\n'));
    md.append('\n');
  }

  /**
   * Text safe inside a table cell: pipes escaped, line breaks as {@code <br>}, HTML tags
   * neutralised.
   */
  static String cell(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "\\|")
        .replace("`", "&#96;")
        .replace("\r", "")
        .replace("\n", "<br>");
  }
}
