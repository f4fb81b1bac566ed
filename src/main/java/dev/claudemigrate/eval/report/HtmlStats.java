package dev.claudemigrate.eval.report;

import dev.claudemigrate.eval.Deltas;
import dev.claudemigrate.eval.EvalReport;
import dev.claudemigrate.eval.ModelStats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The per-model table and charts of the HTML report. */
final class HtmlStats {
  private static final String BASE = "#8c959f";
  private static final String CAND = "#0969da";

  private HtmlStats() {}

  static void table(StringBuilder h, EvalReport r) {
    ModelStats b = r.baseline();
    ModelStats c = r.candidate();
    Deltas d = r.deltas();
    h.append("<table class=\"stats\"><thead><tr><th></th><th>baseline<br><code>")
        .append(Html.esc(b.model()))
        .append("</code></th><th>candidate<br><code>")
        .append(Html.esc(c.model()))
        .append("</code></th><th>Δ</th></tr></thead><tbody>");
    row(
        h,
        "pass rate",
        Fmt.pct(b.passRate()),
        Fmt.pct(c.passRate()),
        Fmt.pp(d.passRate()),
        Math.signum(d.passRate()));
    row(
        h,
        "refusal rate",
        Fmt.pct(b.refusalRate()),
        Fmt.pct(c.refusalRate()),
        Fmt.pp(d.refusalRate()),
        -Math.signum(d.refusalRate()));
    row(
        h,
        "guardrail interventions",
        Fmt.pct(b.guardrailRate()),
        Fmt.pct(c.guardrailRate()),
        Fmt.pp(d.guardrailRate()),
        0);
    row(
        h,
        "error rate",
        Fmt.pct(b.errorRate()),
        Fmt.pct(c.errorRate()),
        Fmt.pp(d.errorRate()),
        -Math.signum(d.errorRate()));
    row(
        h,
        "latency p50",
        Fmt.ms(b.latencyP50()),
        Fmt.ms(c.latencyP50()),
        Fmt.signedMs(d.latencyP50()),
        -Math.signum(d.latencyP50()));
    row(
        h,
        "latency p95",
        Fmt.ms(b.latencyP95()),
        Fmt.ms(c.latencyP95()),
        Fmt.signedMs(d.latencyP95()),
        -Math.signum(d.latencyP95()));
    row(
        h,
        "input tokens",
        Fmt.count(b.inputTokens()),
        Fmt.count(c.inputTokens()),
        Fmt.signed(d.inputTokens()),
        0);
    row(
        h,
        "output tokens",
        Fmt.count(b.outputTokens()),
        Fmt.count(c.outputTokens()),
        Fmt.signed(d.outputTokens()),
        0);
    row(
        h,
        "thinking tokens (est.)",
        Fmt.count(b.thinkingTokens()),
        Fmt.count(c.thinkingTokens()),
        Fmt.signed(d.thinkingTokens()),
        0);
    row(
        h,
        "cost",
        Fmt.usd(b.cost()),
        Fmt.usd(c.cost()),
        Fmt.signedUsd(d.cost()),
        d.cost() == null ? 0 : -d.cost().signum());
    h.append("</tbody></table>\n");
  }

  /**
   * @param good +1 when the change is an improvement, -1 when it is worse, 0 when neutral
   */
  private static void row(
      StringBuilder h, String name, String b, String c, String delta, double good) {
    String cls = good > 0 ? " class=\"delta-good\"" : good < 0 ? " class=\"delta-bad\"" : "";
    h.append("<tr><td>")
        .append(name)
        .append("</td><td>")
        .append(Html.esc(b))
        .append("</td><td>")
        .append(Html.esc(c))
        .append("</td><td")
        .append(cls)
        .append('>')
        .append(Html.esc(delta))
        .append("</td></tr>");
  }

  static String latencyChart(EvalReport r) {
    List<SvgChart.Group> groups =
        List.of(latency("baseline", r.baseline()), latency("candidate", r.candidate()));
    return SvgChart.render(
        "Latency per model (ms)", groups, v -> String.format(Locale.ROOT, "%,.0f", v));
  }

  private static SvgChart.Group latency(String side, ModelStats s) {
    return new SvgChart.Group(
        side,
        shortId(s.model()),
        List.of(
            new SvgChart.Bar(
                "p50", s.latencyP50(), side.equals("baseline") ? "#afb8c1" : "#54aeff"),
            new SvgChart.Bar("p95", s.latencyP95(), side.equals("baseline") ? BASE : CAND)));
  }

  static String costChart(EvalReport r) {
    List<SvgChart.Group> groups =
        List.of(cost("baseline", r.baseline(), BASE), cost("candidate", r.candidate(), CAND));
    return SvgChart.render(
        "Estimated cost per model (USD, whole run)",
        groups,
        v -> String.format(Locale.ROOT, "$%.4f", v));
  }

  private static SvgChart.Group cost(String side, ModelStats s, String color) {
    BigDecimal c = s.cost() == null ? BigDecimal.ZERO : s.cost();
    return new SvgChart.Group(
        side,
        shortId(s.model()),
        List.of(new SvgChart.Bar(s.cost() == null ? "cost n/a" : "cost", c.doubleValue(), color)));
  }

  /**
   * A model ID without its profile prefix and provider, to fit under a bar:
   * claude-sonnet-4-20250514-v1:0.
   */
  static String shortId(String id) {
    return id.replaceFirst("^(?:[a-z-]+\\.)?anthropic\\.", "");
  }
}
