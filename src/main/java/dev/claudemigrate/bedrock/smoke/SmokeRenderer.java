package dev.claudemigrate.bedrock.smoke;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Renders a {@link SmokeReport} as text for people, JSON for scripts, or JUnit XML for CI. */
public final class SmokeRenderer {
  /** The output formats of --format. */
  public enum Format {
    TEXT,
    JSON,
    JUNIT
  }

  private SmokeRenderer() {}

  public static String render(SmokeReport report, Format format) {
    return switch (format) {
      case TEXT -> text(report);
      case JSON -> json(report);
      case JUNIT -> junit(report);
    };
  }

  static String text(SmokeReport r) {
    StringBuilder out = new StringBuilder();
    out.append("migrate smoke: ")
        .append(r.modelName())
        .append(" (")
        .append(r.modelId())
        .append(") in ")
        .append(r.region())
        .append('\n');
    int width = r.results().stream().mapToInt(c -> c.name().length()).max().orElse(8);
    for (CheckResult c : r.results()) {
      out.append(String.format(Locale.ROOT, "%-4s  %-" + width + "s", c.status(), c.name()));
      if (c.status() != CheckResult.Status.SKIP) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %8s  %6d in %6d out  %10s",
                latency(c),
                c.inputTokens(),
                c.outputTokens(),
                dollars(c.cost())));
      }
      out.append("  ").append(c.detail()).append('\n');
      if (c.diagnosis() != null) {
        out.append("      diagnosis: ").append(c.diagnosis().kind()).append('\n');
        out.append("      fix: ").append(c.diagnosis().fix()).append('\n');
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%d passed, %d failed, %d skipped; estimated cost %s%n",
            r.count(CheckResult.Status.PASS),
            r.count(CheckResult.Status.FAIL),
            r.count(CheckResult.Status.SKIP),
            dollars(r.totalCost())));
    return out.toString();
  }

  static String json(SmokeReport r) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("model", r.modelId());
    root.put("modelName", r.modelName());
    root.put("region", r.region());
    root.put("passed", r.passed());
    root.put("totalCostUsd", r.totalCost());
    ArrayNode results = root.putArray("results");
    for (CheckResult c : r.results()) {
      ObjectNode n = results.addObject();
      n.put("name", c.name());
      n.put("check", c.check().id());
      n.put("status", c.status().name().toLowerCase(Locale.ROOT));
      n.put("latencyMs", c.latencyMs());
      n.put("inputTokens", c.inputTokens());
      n.put("outputTokens", c.outputTokens());
      n.put("costUsd", c.cost());
      n.put("attempts", c.attempts());
      n.put("detail", c.detail());
      JunitCase.putDiagnosis(n, c.diagnosis());
    }
    return Json.write(root) + "\n";
  }

  static String junit(SmokeReport r) {
    return JunitCase.suite(
        "migrate smoke " + r.modelId() + " " + r.region(),
        r.results().stream().map(c -> testcase(r, c)).toList());
  }

  private static JunitCase testcase(SmokeReport r, CheckResult c) {
    return new JunitCase(
        "migrate.smoke." + r.region(),
        c.name(),
        c.latencyMs(),
        c.status(),
        c.detail(),
        c.diagnosis(),
        String.format(
            Locale.ROOT,
            "tokens in %d out %d, attempts %d, estimated cost %s",
            c.inputTokens(),
            c.outputTokens(),
            c.attempts(),
            dollars(c.cost())));
  }

  private static String latency(CheckResult c) {
    return c.latencyMs() == null ? "-" : c.latencyMs() + " ms";
  }

  public static String dollars(BigDecimal cost) {
    return cost == null ? "n/a" : "$" + cost.setScale(6, RoundingMode.HALF_UP).toPlainString();
  }
}
