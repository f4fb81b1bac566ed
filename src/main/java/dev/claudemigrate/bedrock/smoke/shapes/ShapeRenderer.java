package dev.claudemigrate.bedrock.smoke.shapes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.Json;
import dev.claudemigrate.bedrock.smoke.CheckResult;
import dev.claudemigrate.bedrock.smoke.JunitCase;
import dev.claudemigrate.bedrock.smoke.SmokeRenderer;
import dev.claudemigrate.engine.requests.CallSite;
import dev.claudemigrate.engine.requests.RuntimeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a project smoke run: text per call site ({@link ShapeText}), JSON for scripts, or JUnit
 * XML with one testcase per shape (its call sites in the name and the output) and one skipped
 * testcase per request not smoke-tested.
 */
public final class ShapeRenderer {
  private ShapeRenderer() {}

  public static String render(ShapeReport report, SmokeRenderer.Format format) {
    return switch (format) {
      case TEXT -> report.dryRun() ? ShapeText.dryRun(report) : ShapeText.report(report);
      case JSON -> json(report);
      case JUNIT -> junit(report);
    };
  }

  static String json(ShapeReport r) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("project", r.project());
    root.put("dryRun", r.dryRun());
    root.put("passed", r.passed());
    root.put("totalCostUsd", r.totalCost());
    ArrayNode shapes = root.putArray("shapes");
    for (ShapeResult s : r.results()) {
      ObjectNode n = shapes.addObject();
      PlannedCall c = s.call();
      n.put("id", c.id());
      n.put("operation", c.operation());
      n.put("model", c.modelId());
      n.put("region", c.region());
      ArrayNode sites = n.putArray("callSites");
      ArrayNode runtime = n.putArray("notSmokeTested");
      for (CallSite site : c.use().sites()) {
        sites.add(site.toString());
        site.runtime().forEach(p -> runtime.add(site + ": " + p));
      }
      n.set("request", c.body());
      n.put("status", s.status().name().toLowerCase(Locale.ROOT));
      n.put("latencyMs", s.latencyMs());
      n.put("inputTokens", s.inputTokens());
      n.put("outputTokens", s.outputTokens());
      n.put("costUsd", s.cost());
      n.put("estimated", s.attempts() == 0);
      n.put("attempts", s.attempts());
      n.put("detail", s.detail());
      JunitCase.putDiagnosis(n, s.diagnosis());
    }
    ArrayNode notTested = root.putArray("notSmokeTested");
    for (RuntimeRequest q : r.notTested()) {
      notTested
          .addObject()
          .put("callSite", q.site().toString())
          .put("operation", q.api().operation())
          .put("reason", q.reason());
    }
    ArrayNode errors = root.putArray("errors");
    r.errors().forEach(e -> errors.add(e.toString()));
    return Json.write(root) + "\n";
  }

  static String junit(ShapeReport r) {
    List<JunitCase> cases = new ArrayList<>();
    r.results().forEach(s -> cases.add(testcase(s)));
    for (RuntimeRequest q : r.notTested()) {
      cases.add(
          new JunitCase(
              "migrate.smoke.project",
              q.api().operation() + " at " + q.site(),
              null,
              CheckResult.Status.SKIP,
              "not smoke-tested: built at run time: " + q.reason(),
              null,
              "call site: " + q.site()));
    }
    return JunitCase.suite("migrate smoke " + r.project(), cases);
  }

  private static JunitCase testcase(ShapeResult s) {
    PlannedCall c = s.call();
    StringBuilder out = new StringBuilder("call sites:\n");
    for (CallSite site : c.use().sites()) {
      out.append("  ").append(site).append('\n');
      site.runtime()
          .forEach(
              p -> out.append("    not smoke-tested (built at run time): ").append(p).append('\n'));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "sends: %s%ntokens in %d out %d, attempts %d, cost %s%s",
            ShapeText.settings(c.use().shape()),
            s.inputTokens(),
            s.outputTokens(),
            s.attempts(),
            SmokeRenderer.dollars(s.cost()),
            s.attempts() == 0 ? " (estimated)" : ""));
    String sites = String.join(", ", c.use().sites().stream().map(CallSite::toString).toList());
    return new JunitCase(
        "migrate.smoke." + (c.region() == null ? "project" : c.region()),
        c.id() + " " + c.operation() + " " + c.modelId() + " (" + sites + ")",
        s.latencyMs(),
        s.status(),
        s.detail(),
        s.diagnosis(),
        out.toString());
  }
}
