package dev.claudemigrate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudemigrate.bedrock.BedrockConnections;
import dev.claudemigrate.bedrock.BedrockStandIn.Received;
import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import dev.claudemigrate.bedrock.StandInFixture;
import dev.claudemigrate.bedrock.eval.BedrockInvoker;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.eval.report.ReportFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with the real BedrockRuntimeClient against the local Bedrock stand-in (loopback only).
 */
class EvalStandInTest {
  static final String BASELINE = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";
  static final String CANDIDATE = "us.anthropic.claude-sonnet-4-6";

  @TempDir Path dir;
  StandInFixture fx;
  Dataset sample;

  @BeforeEach
  void start() throws Exception {
    fx = new StandInFixture();
    fx.standIn.fallback(EvalStandInModels.sample());
    sample = DatasetLoader.load(Path.of("samples/eval/dataset.jsonl"));
  }

  @AfterEach
  void stop() {
    fx.close();
  }

  private EvalReport run(ModelInvoker invoker, Dataset data, RunPlan plan, String judge, String out)
      throws Exception {
    EvalRunner runner =
        new EvalRunner(invoker, judge, new PriceBook(Catalog.builtin(), Map.of()), 4);
    try (ResultStore store =
        ResultStore.open(dir.resolve(out).resolve("results.jsonl"), false, true)) {
      runner.run(data.cases(), plan, store, Progress.NONE);
      return EvalReport.build("sample", plan, judge, data, store::get);
    }
  }

  private List<String> ids(EvalReport r, Outcome o) {
    return r.cases().stream().filter(c -> c.outcome() == o).map(CaseComparison::caseId).toList();
  }

  @Test
  void theSampleComparesBothModelsThroughTheRealSdk() throws Exception {
    assertEquals(List.of(), sample.errors());
    assertTrue(sample.cases().size() >= 20);
    EvalReport r =
        run(
            new BedrockInvoker(fx.caller()),
            sample,
            new RunPlan(BASELINE, CANDIDATE, null, null, 1),
            CANDIDATE,
            "a");
    assertEquals(List.of("refund-policy-json", "damaged-refund-tool"), ids(r, Outcome.REGRESSION));
    assertEquals(
        List.of("chargeback-question", "free-shipping-yes-no", "refund-timing-short"),
        ids(r, Outcome.IMPROVEMENT));
    assertEquals(List.of("price-match"), ids(r, Outcome.BOTH_FAIL));
    assertEquals(0, r.errors());
    CaseResult tool =
        r.cases().stream()
            .filter(c -> c.caseId().equals("order-status-tool"))
            .findFirst()
            .orElseThrow()
            .candidate()
            .get(0);
    assertEquals("lookup_order", tool.toolCalls().get(0).name());
    assertEquals("A-10023", tool.toolCalls().get(0).input().path("order_id").asText());
    assertEquals("tool_use", tool.stopReason());
    assertEquals(1, r.baseline().refusalRate() * sample.cases().size(), 1e-9);
  }

  @Test
  void theSameGuardrailGoesToBothModelsAndThinkingOnlyToTheCandidate() throws Exception {
    Dataset one = new Dataset(sample.cases().subList(2, 3), List.of());
    EvalReport r =
        run(
            new BedrockInvoker(fx.caller()),
            one,
            new RunPlan(BASELINE, CANDIDATE, new Guardrail("gr-prod", "7"), 1024, 1),
            null,
            "g");
    List<Received> calls = fx.standIn.received();
    assertEquals(2, calls.size());
    for (Received c : calls) {
      JsonNode body = c.body();
      assertEquals("gr-prod", body.at("/guardrailConfig/guardrailIdentifier").asText());
      assertEquals("7", body.at("/guardrailConfig/guardrailVersion").asText());
      assertEquals("lookup_order", body.at("/toolConfig/tools/0/toolSpec/name").asText());
      assertEquals(
          "object", body.at("/toolConfig/tools/0/toolSpec/inputSchema/json/type").asText());
      assertTrue(
          body.at("/system/0/text").asText().startsWith("You are the customer-support assistant"));
      boolean candidate = c.resource().equals(CANDIDATE);
      assertEquals(
          candidate ? 1024 : 0,
          body.at("/additionalModelRequestFields/thinking/budget_tokens").asInt());
      assertEquals(candidate ? 2048 : 1024, body.at("/inferenceConfig/maxTokens").asInt());
    }
    assertTrue(r.candidate().thinkingTokens() > 0, "summarized thinking is counted");
    assertEquals(0, r.baseline().thinkingTokens());
  }

  @Test
  void throttlingIsRetriedWithBackoffAndAPersistentFailureIsAnErrorResult() throws Exception {
    Dataset one = new Dataset(sample.cases().subList(0, 1), List.of());
    Reply throttled =
        Reply.error(
            429, "ThrottlingException", "Too many requests, please wait before trying again.");
    fx.standIn.enqueue(throttled, throttled);
    EvalReport retried =
        run(
            new BedrockInvoker(fx.caller()),
            one,
            new RunPlan(BASELINE, BASELINE, null, null, 1),
            null,
            "t1");
    assertEquals(0, retried.errors());
    assertEquals(2, fx.sleeps.size(), "two waits before the third attempt");

    fx.standIn.fallback(r -> throttled);
    EvalReport failed =
        run(
            new BedrockInvoker(fx.caller()),
            one,
            new RunPlan(BASELINE, CANDIDATE, null, null, 1),
            null,
            "t2");
    assertEquals(1, failed.errors());
    CaseResult r = failed.cases().get(0).candidate().get(0);
    assertTrue(r.error().startsWith("throttled: "), r.error());
    assertFalse(r.passed());
    assertEquals(1.0, failed.candidate().errorRate());
  }

  @Test
  void aGuardrailInterventionIsCountedAndFailsNotRefusal() throws Exception {
    fx.standIn.fallback(
        new EvalStandInModels(
            List.of(
                JsonChecks.MAPPER.readTree(
                    "{\"match\": \"hey\", \"guardrail\": true, \"baseline\": {\"text\": \"Hi!\"}, \"candidate\": {\"text\": \"Hello!\"}}"))));
    Dataset one =
        new Dataset(
            sample.cases().stream().filter(c -> c.id().equals("latency-budget-greeting")).toList(),
            List.of());
    EvalReport r =
        run(
            new BedrockInvoker(fx.caller()),
            one,
            new RunPlan(BASELINE, CANDIDATE, new Guardrail("gr-strict", "1"), null, 1),
            null,
            "gr");
    CaseResult b = r.cases().get(0).baseline().get(0);
    assertTrue(b.guardrail());
    assertEquals("guardrail_intervened", b.stopReason());
    assertTrue(b.failures().stream().anyMatch(f -> f.reason().equals("a guardrail intervened")));
    assertEquals(1.0, r.baseline().guardrailRate());
    assertNull(b.error());
  }

  @Test
  void aRecordedRunReplaysOfflineToTheSameReport() throws Exception {
    Path recording = dir.resolve("rec.jsonl");
    RunPlan plan = new RunPlan(BASELINE, CANDIDATE, null, null, 1);
    BedrockConnections rec = fx.connect(fx.settings(Duration.ofSeconds(10), 3, recording, null));
    EvalReport live =
        run(
            new BedrockInvoker(fx.caller(rec, Duration.ofSeconds(10), 3, "us-east-1")),
            sample,
            plan,
            CANDIDATE,
            "live");
    int calls = fx.standIn.received().size();
    BedrockConnections replay = fx.connect(fx.settings(Duration.ofSeconds(10), 3, null, recording));
    EvalReport replayed =
        run(
            new BedrockInvoker(fx.caller(replay, Duration.ofSeconds(10), 3, "us-east-1")),
            sample,
            plan,
            CANDIDATE,
            "replay");
    assertEquals(calls, fx.standIn.received().size(), "replay never reaches the network");
    assertTrue(replay.replay().isPresent(), "answered by content from the recording");
    for (ReportFormat f : ReportFormat.values()) {
      assertEquals(f.render(live), f.render(replayed), f.name());
    }
  }
}
