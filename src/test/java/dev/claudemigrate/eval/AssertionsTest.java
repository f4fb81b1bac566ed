package dev.claudemigrate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every assertion type, once passing and once failing. */
class AssertionsTest {
  private static final ModelResponse REFUND =
      answer("Unused items can be returned within 30 days of delivery.");
  private static final ModelResponse JSON =
      answer("{\"refund\": {\"days\": 30, \"channels\": [\"web\", \"store\"]}, \"receipt\": true}");

  static ModelResponse answer(String text) {
    return new ModelResponse(text, List.of(), "end_turn", 100, 20, 0, 1200, null);
  }

  static AssertionSpec spec(String json) {
    try {
      JsonNode node = JsonChecks.MAPPER.readTree("{\"prompt\": \"p\", \"assert\": [" + json + "]}");
      return CaseParser.parse(node, 1).assertions().get(0);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Arguments check(String spec, ModelResponse r, boolean pass) {
    return Arguments.of(spec, r, pass);
  }

  static List<Arguments> cases() {
    ModelResponse tool =
        new ModelResponse(
            "Let me check.",
            List.of(
                new ToolCall(
                    "lookup_order",
                    JsonChecks.parseStrict("{\"order_id\": \"A-10023\", \"verbose\": true}")
                        .orElseThrow())),
            "tool_use",
            100,
            20,
            0,
            900,
            null);
    return List.of(
        check("{\"type\": \"contains\", \"value\": \"30 days\"}", REFUND, true),
        check("{\"type\": \"contains\", \"value\": \"30 Days\"}", REFUND, false),
        check("{\"type\": \"not-contains\", \"value\": \"receipt\"}", REFUND, true),
        check("{\"type\": \"not-contains\", \"value\": \"delivery\"}", REFUND, false),
        check("{\"type\": \"icontains\", \"value\": \"30 DAYS\"}", REFUND, true),
        check("{\"type\": \"icontains\", \"value\": \"60 days\"}", REFUND, false),
        check("{\"type\": \"regex\", \"value\": \"\\\\d+ days\"}", REFUND, true),
        check("{\"type\": \"regex\", \"value\": \"^\\\\d+ weeks\"}", REFUND, false),
        check("{\"type\": \"equals\", \"value\": \"YES\"}", answer("  YES\n"), true),
        check("{\"type\": \"equals\", \"value\": \"YES\"}", answer("YES."), false),
        check("{\"type\": \"json-valid\"}", JSON, true),
        check("{\"type\": \"json-valid\"}", answer("```json\n{\"a\": 1}\n```"), false),
        check("{\"type\": \"json-valid\"}", answer("{\"a\": 1} and more"), false),
        check(
            "{\"type\": \"json-schema\", \"value\": {\"type\": \"object\", \"required\": [\"receipt\"], \"properties\": {\"receipt\": {\"type\": \"boolean\"}}}}",
            JSON,
            true),
        check(
            "{\"type\": \"json-schema\", \"value\": {\"type\": \"object\", \"properties\": {\"receipt\": {\"type\": \"string\"}}}}",
            JSON,
            false),
        check(
            "{\"type\": \"json-path\", \"path\": \"$.refund.days\", \"value\": 30.0}", JSON, true),
        check(
            "{\"type\": \"json-path\", \"path\": \"/refund/channels/1\", \"value\": \"store\"}",
            JSON,
            true),
        check(
            "{\"type\": \"json-path\", \"path\": \"$.refund.channels[0]\", \"value\": \"store\"}",
            JSON,
            false),
        check("{\"type\": \"json-path\", \"path\": \"$.refund.missing\"}", JSON, false),
        check(
            "{\"type\": \"tool-call\", \"value\": {\"name\": \"lookup_order\", \"args\": {\"order_id\": \"A-10023\"}}}",
            tool,
            true),
        check(
            "{\"type\": \"tool-call\", \"value\": {\"name\": \"lookup_order\", \"args\": {\"order_id\": \"A-99999\"}}}",
            tool,
            false),
        check("{\"type\": \"tool-call\", \"value\": \"issue_refund\"}", tool, false),
        check("{\"type\": \"tool-call\"}", REFUND, false),
        check("{\"type\": \"not-refusal\"}", REFUND, true),
        check(
            "{\"type\": \"not-refusal\"}",
            answer("I'm sorry, but I can't help with that request."),
            false),
        check(
            "{\"type\": \"not-refusal\"}",
            new ModelResponse("", List.of(), "content_filtered", 10, 0, 0, 100, null),
            false),
        check(
            "{\"type\": \"not-refusal\"}",
            new ModelResponse("", List.of(), "refusal", 10, 0, 0, 100, null),
            false),
        check(
            "{\"type\": \"not-refusal\"}",
            new ModelResponse(
                "Sorry, the model cannot answer this question.",
                List.of(),
                "guardrail_intervened",
                10,
                5,
                0,
                100,
                null),
            false),
        check("{\"type\": \"max-latency-ms\", \"value\": 1200}", REFUND, true),
        check("{\"type\": \"max-latency-ms\", \"value\": 1199}", REFUND, false),
        check("{\"type\": \"max-output-tokens\", \"value\": 20}", REFUND, true),
        check("{\"type\": \"max-output-tokens\", \"value\": 19}", REFUND, false));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("cases")
  void checks(String spec, ModelResponse r, boolean pass) {
    AssertionResult result =
        new Assertions(null).check(spec(spec), null, r, new BigDecimal("0.0006"));
    assertEquals(pass, result.pass(), result.toString());
    assertEquals(pass, result.reason().isEmpty(), "a failure says why: " + result);
  }

  @Test
  void maxCostComparesWithTheCallsCost() {
    AssertionSpec limit = spec("{\"type\": \"max-cost\", \"value\": 0.001}");
    assertTrue(new Assertions(null).check(limit, null, REFUND, new BigDecimal("0.0006")).pass());
    AssertionResult over =
        new Assertions(null).check(limit, null, REFUND, new BigDecimal("0.0016"));
    assertFalse(over.pass());
    assertEquals("cost $0.0016 exceeds 0.001", over.reason());
    assertFalse(
        new Assertions(null).check(limit, null, REFUND, null).pass(),
        "an unknown price cannot pass a cost limit");
  }

  @Test
  void llmRubricAsksTheJudgeAndTakesItsVerdict() throws Exception {
    AtomicReference<ModelRequest> asked = new AtomicReference<>();
    ModelInvoker judge =
        req -> {
          asked.set(req);
          return answer(
              req.messages().get(0).text().contains("60 days")
                  ? "```json\n{\"pass\": true, \"reason\": \"States the window.\"}\n```"
                  : "{\"pass\": false, \"reason\": \"Wrong window.\"}");
        };
    EvalCase c =
        CaseParser.parse(
            JsonChecks.MAPPER.readTree(
                "{\"prompt\": \"What is the refund window?\", \"assert\": [{\"type\": \"llm-rubric\", \"value\": \"Says the window is 30 days\"}]}"),
            1);
    Assertions checks = new Assertions(new Judge(judge, "judge-model"));
    AssertionResult fail = checks.check(c.assertions().get(0), c, REFUND, null);
    assertFalse(fail.pass());
    assertEquals("Wrong window.", fail.reason());
    assertEquals("judge-model", asked.get().modelId());
    assertEquals(Judge.SYSTEM, asked.get().system());
    assertTrue(
        asked
            .get()
            .messages()
            .get(0)
            .text()
            .contains("<question>\nWhat is the refund window?\n</question>"));
    assertTrue(
        checks.check(c.assertions().get(0), c, answer("Within 60 days."), null).pass(),
        "a fenced JSON verdict is read");
  }

  @Test
  void llmRubricFailsWhenTheJudgeDoesNotAnswerJsonOrFails() throws Exception {
    EvalCase c =
        CaseParser.parse(
            JsonChecks.MAPPER.readTree(
                "{\"prompt\": \"q\", \"assert\": [{\"type\": \"llm-rubric\", \"value\": \"r\"}]}"),
            1);
    AssertionResult prose =
        new Assertions(new Judge(req -> answer("Looks good to me!"), "j"))
            .check(c.assertions().get(0), c, REFUND, null);
    assertFalse(prose.pass());
    assertTrue(prose.reason().startsWith("judge did not answer"), prose.reason());
    AssertionResult down =
        new Assertions(
                new Judge(req -> ModelResponse.failed("throttled: Too many requests", 10), "j"))
            .check(c.assertions().get(0), c, REFUND, null);
    assertFalse(down.pass());
    assertEquals("judge call failed: throttled: Too many requests", down.reason());
  }

  @Test
  void aFailedCallHasNoChecksToPass() throws Exception {
    EvalCase c =
        CaseParser.parse(
            JsonChecks.MAPPER.readTree(
                "{\"prompt\": \"q\", \"assert\": [{\"type\": \"not-contains\", \"value\": \"x\"}]}"),
            1);
    assertTrue(new Assertions(null).check(c, ModelResponse.failed("throttled", 5), null).isEmpty());
  }

  @Test
  void notRefusalSaysWhichSignalItSaw() {
    AssertionSpec spec = spec("{\"type\": \"not-refusal\"}");
    String text =
        new Assertions(null).check(spec, null, answer("I cannot assist with that."), null).reason();
    assertTrue(text.startsWith("the answer opens like a refusal: \"I cannot assist"), text);
    String stop =
        new Assertions(null)
            .check(
                spec,
                null,
                new ModelResponse("", List.of(), "some_new_reason", 1, 0, 0, 1, null),
                null)
            .reason();
    assertTrue(stop.startsWith("refusal-like stop reason some_new_reason"), stop);
  }
}
