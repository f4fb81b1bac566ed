package dev.claudemigrate.bedrock.smoke.shapes;

import dev.claudemigrate.bedrock.Json;
import dev.claudemigrate.bedrock.smoke.CheckResult;
import dev.claudemigrate.bedrock.smoke.SmokeRenderer;
import dev.claudemigrate.engine.requests.CallSite;
import dev.claudemigrate.engine.requests.RequestShape;
import dev.claudemigrate.engine.requests.RuntimeRequest;
import dev.claudemigrate.engine.requests.ToolShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The text reports of a project smoke run: one line per call site with the result of its shape (the
 * diagnosis and fix under a failing shape's first site), what was not smoke-tested, then one line
 * per shape with what it sends and costs. A dry run prints each request it would send instead.
 */
final class ShapeText {
  private ShapeText() {}

  static String report(ShapeReport r) {
    StringBuilder out = new StringBuilder(header(r));
    List<Row> rows = rows(r);
    int width = rows.stream().mapToInt(x -> x.site().toString().length()).max().orElse(10);
    for (Row row : rows) {
      ShapeResult s = row.result();
      PlannedCall c = s.call();
      out.append(
          String.format(
              Locale.ROOT,
              "%-4s  %-" + width + "s  %-3s %s %s%s%n",
              s.status(),
              row.site(),
              c.id(),
              c.operation(),
              c.modelId(),
              region(c)));
      if (row.first()) {
        out.append("      ").append(s.detail()).append('\n');
        if (s.diagnosis() != null) {
          out.append("      diagnosis: ").append(s.diagnosis().kind()).append('\n');
          out.append("      fix: ").append(s.diagnosis().fix()).append('\n');
        }
      }
    }
    notTested(r, out);
    out.append("shapes:\n");
    for (ShapeResult s : r.results()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-3s %8s  %6d in %6d out  %10s  %s%n",
              s.call().id(),
              s.latencyMs() == null ? "-" : s.latencyMs() + " ms",
              s.inputTokens(),
              s.outputTokens(),
              SmokeRenderer.dollars(s.cost()),
              settings(s.call().use().shape())));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%d passed, %d failed, %d not sent; %d not smoke-tested; cost %s%n",
            r.count(CheckResult.Status.PASS),
            r.count(CheckResult.Status.FAIL),
            r.count(CheckResult.Status.SKIP),
            r.notTested().size(),
            SmokeRenderer.dollars(r.totalCost())));
    return out.toString();
  }

  /** The requests a dry run would send, with their estimated cost; nothing is sent. */
  static String dryRun(ShapeReport r) {
    StringBuilder out = new StringBuilder(header(r));
    for (ShapeResult s : r.results()) {
      PlannedCall c = s.call();
      out.append(
          String.format(
              Locale.ROOT,
              "%s  %s %s%s  about %d in, %d out: %s%n",
              c.id(),
              c.operation(),
              c.modelId(),
              region(c),
              c.inputTokens(),
              c.outputTokens(),
              SmokeRenderer.dollars(c.cost())));
      out.append("    for ")
          .append(String.join(", ", c.use().sites().stream().map(CallSite::toString).toList()))
          .append('\n');
      out.append("    POST /model/")
          .append(c.modelId())
          .append(c.use().shape().api() == RequestShape.Api.CONVERSE ? "/converse" : "/invoke")
          .append('\n');
      for (String line : Json.pretty(c.body()).split("\n")) {
        out.append("    ").append(line).append('\n');
      }
    }
    notTested(r, out);
    out.append(
        String.format(
            Locale.ROOT,
            "%d calls would be sent, estimated cost %s (catalog prices); %d not smoke-tested%n",
            r.results().size(),
            SmokeRenderer.dollars(r.totalCost()),
            r.notTested().size()));
    return out.toString();
  }

  private static String header(ShapeReport r) {
    long sites = r.results().stream().mapToLong(s -> s.call().use().sites().size()).sum();
    return "migrate smoke "
        + r.project()
        + (r.dryRun() ? " (dry run, nothing sent)" : "")
        + ": "
        + r.results().size()
        + " request shape"
        + (r.results().size() == 1 ? "" : "s")
        + " at "
        + sites
        + " call site"
        + (sites == 1 ? "" : "s")
        + "\n";
  }

  private static void notTested(ShapeReport r, StringBuilder out) {
    List<String> lines = new ArrayList<>();
    for (RuntimeRequest q : r.notTested()) {
      lines.add(q.site() + "  " + q.api().operation() + "  " + q.reason());
    }
    for (ShapeResult s : r.results()) {
      for (CallSite site : s.call().use().sites()) {
        site.runtime()
            .forEach(part -> lines.add(site + "  " + s.call().id() + " sent without " + part));
      }
    }
    if (!lines.isEmpty()) {
      out.append("not smoke-tested: built at run time\n");
      lines.forEach(l -> out.append("      ").append(l).append('\n'));
    }
  }

  /** One row per call site, in path and line order. */
  private record Row(CallSite site, ShapeResult result, boolean first) {}

  private static List<Row> rows(ShapeReport r) {
    List<Row> rows = new ArrayList<>();
    for (ShapeResult s : r.results()) {
      List<CallSite> sites = s.call().use().sites();
      for (int i = 0; i < sites.size(); i++) {
        rows.add(new Row(sites.get(i), s, i == 0));
      }
    }
    rows.sort(
        Comparator.comparing((Row x) -> x.site().path()).thenComparingInt(x -> x.site().line()));
    return rows;
  }

  private static String region(PlannedCall c) {
    return c.region() == null ? "" : " in " + c.region();
  }

  /** What a shape sends besides the tiny turn, in one line. */
  static String settings(RequestShape s) {
    List<String> parts = new ArrayList<>();
    if (!s.tools().isEmpty()) {
      parts.add("tools " + String.join(", ", s.tools().stream().map(ToolShape::label).toList()));
    }
    if (s.system() != null) {
      parts.add("system prompt");
    }
    if (s.maxTokens() != null) {
      parts.add("max_tokens " + s.maxTokens());
    }
    if (s.thinking() != null) {
      parts.add("thinking " + Json.write(s.thinking()));
    }
    if (!s.betas().isEmpty()) {
      parts.add("betas " + String.join(", ", s.betas()));
    }
    if (s.temperature() != null) {
      parts.add("temperature " + s.temperature());
    }
    if (s.topP() != null) {
      parts.add("top_p " + s.topP());
    }
    if (s.topK() != null) {
      parts.add("top_k " + s.topK());
    }
    if (s.guardrailId() != null) {
      parts.add(
          "guardrail "
              + s.guardrailId()
              + " version "
              + (s.guardrailVersion() == null ? "DRAFT" : s.guardrailVersion()));
    }
    if (s.modelNote() != null) {
      parts.add("model ID: the " + s.modelNote() + " (set at run time it wins)");
    }
    return parts.isEmpty() ? "model ID only" : String.join("; ", parts);
  }
}
