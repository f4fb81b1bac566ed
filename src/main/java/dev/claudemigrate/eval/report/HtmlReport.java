package dev.claudemigrate.eval.report;

import dev.claudemigrate.eval.CaseComparison;
import dev.claudemigrate.eval.CaseResult;
import dev.claudemigrate.eval.DatasetError;
import dev.claudemigrate.eval.EvalReport;
import dev.claudemigrate.eval.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts of latency and cost per
 * model, and every case side by side (regressions open). No script, font or image is fetched.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static String render(EvalReport r) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>migrate eval: ")
        .append(Html.esc(r.plan().baselineModel()))
        .append(" vs ")
        .append(Html.esc(r.plan().candidateModel()))
        .append("</title>")
        .append("<style>")
        .append(css())
        .append("</style></head><body><main>\n");
    h.append("<h1>migrate eval</h1><div class=\"muted\">baseline <code>")
        .append(Html.esc(r.plan().baselineModel()))
        .append("</code> → candidate <code>")
        .append(Html.esc(r.plan().candidateModel()))
        .append("</code> · dataset <code>")
        .append(Html.esc(r.dataset()))
        .append("</code>")
        .append(r.judge() == null ? "" : " · judge <code>" + Html.esc(r.judge()) + "</code>")
        .append("</div>\n");
    h.append("<p class=\"headline\">").append(Html.esc(Summary.headline(r))).append("</p>\n");
    cards(h, r);
    h.append("<h2>Per model</h2>\n");
    HtmlStats.table(h, r);
    h.append("<div class=\"charts\">")
        .append(HtmlStats.latencyChart(r))
        .append(HtmlStats.costChart(r))
        .append("</div>\n");
    for (Outcome o : Outcome.values()) {
      List<CaseComparison> cs = r.cases().stream().filter(c -> c.outcome() == o).toList();
      if (!cs.isEmpty()) {
        h.append("<h2>").append(Fmt.title(o)).append(" (").append(cs.size()).append(")</h2>\n");
        cs.forEach(
            c ->
                caseBlock(
                    h,
                    c,
                    o == Outcome.REGRESSION || o == Outcome.IMPROVEMENT || o == Outcome.ERROR));
      }
    }
    datasetErrors(h, r.datasetErrors());
    h.append(
        "<footer>Costs are estimates from catalog prices (USD per million tokens, overridable with --price); thinking tokens are estimated from the reasoning text and billed as output.</footer>\n");
    return h.append("</main></body></html>\n").toString();
  }

  private static void cards(StringBuilder h, EvalReport r) {
    h.append("<div class=\"cards\">");
    for (Outcome o : Outcome.values()) {
      h.append("<div class=\"card ")
          .append(o.wireName())
          .append("\"><b>")
          .append(r.counts().get(o))
          .append("</b>")
          .append(Fmt.title(o).toLowerCase(Locale.ROOT))
          .append("</div>");
    }
    h.append("</div>\n");
  }

  private static void caseBlock(StringBuilder h, CaseComparison c, boolean open) {
    h.append("<details class=\"case\"")
        .append(open ? " open" : "")
        .append(" id=\"case-")
        .append(Html.esc(c.caseId()))
        .append("\"><summary>")
        .append("<span class=\"badge ")
        .append(c.outcome().wireName())
        .append("\">")
        .append(c.outcome().wireName())
        .append("</span>")
        .append("<code>")
        .append(Html.esc(c.caseId()))
        .append("</code>");
    if (c.description() != null) {
      h.append("<span class=\"muted\">").append(Html.esc(c.description())).append("</span>");
    }
    h.append("<span class=\"muted\">baseline ")
        .append(Fmt.verdict(c.baseline()))
        .append(" · candidate ")
        .append(Fmt.verdict(c.candidate()))
        .append(c.flaky() ? " · flaky" : "")
        .append("</span></summary>\n<div class=\"body\">");
    h.append("<pre class=\"prompt\">")
        .append(Html.esc(c.prompt().strip()))
        .append("</pre><div class=\"sides\">");
    side(h, "baseline", c.baseline());
    side(h, "candidate", c.candidate());
    h.append("</div></div></details>\n");
  }

  private static void side(StringBuilder h, String name, List<CaseResult> results) {
    h.append("<div class=\"side\"><h4>")
        .append(name)
        .append(": ")
        .append(verdictSpan(results))
        .append("</h4>");
    if (!results.isEmpty()) {
      CaseResult r = results.get(0);
      h.append("<div class=\"meta\">")
          .append(Fmt.ms(r.latencyMs()))
          .append(" · ")
          .append(r.inputTokens())
          .append(" in / ")
          .append(r.outputTokens())
          .append(" out tokens · ")
          .append(Fmt.usd(r.cost()))
          .append(" · stop ")
          .append(Html.esc(String.valueOf(r.stopReason())))
          .append(results.size() > 1 ? " · repeat 1 of " + results.size() : "")
          .append("</div>");
      if (results.size() > 1) {
        h.append("<div class=\"meta\">repeats: ")
            .append(
                String.join(
                    ", ",
                    results.stream()
                        .map(x -> x.error() != null ? "error" : x.passed() ? "pass" : "fail")
                        .toList()))
            .append("</div>");
      }
      h.append("<pre>").append(Html.esc(Fmt.answer(r))).append("</pre><ul class=\"checks\">");
      r.assertions()
          .forEach(
              a ->
                  h.append("<li class=\"")
                      .append(a.pass() ? "ok" : "failed")
                      .append("\">")
                      .append(a.pass() ? "✓ " : "✗ ")
                      .append(Html.esc(a.assertion()))
                      .append(a.reason().isEmpty() ? "" : ": " + Html.esc(a.reason()))
                      .append("</li>"));
      h.append("</ul>");
    }
    h.append("</div>");
  }

  private static String verdictSpan(List<CaseResult> results) {
    String v = Fmt.verdict(results);
    String cls =
        switch (Outcome.verdict(results)) {
          case PASS -> "pass";
          case FAIL -> "fail";
          case ERROR -> "err";
        };
    return "<span class=\"" + cls + "\">" + Html.esc(v) + "</span>";
  }

  private static void datasetErrors(StringBuilder h, List<DatasetError> errors) {
    if (errors.isEmpty()) {
      return;
    }
    h.append("<h2>Dataset errors (").append(errors.size()).append(")</h2><ul>");
    errors.forEach(
        e ->
            h.append("<li><code>")
                .append(Html.esc(e.file() + ":" + e.line()))
                .append("</code> ")
                .append(Html.esc(e.message()))
                .append("</li>"));
    h.append("</ul>\n");
  }

  private static String css() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
