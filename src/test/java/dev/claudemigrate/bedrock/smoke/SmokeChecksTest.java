package dev.claudemigrate.bedrock.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.BedrockStandIn.Received;
import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import dev.claudemigrate.bedrock.Diagnosis.Kind;
import dev.claudemigrate.bedrock.FakeClaude;
import dev.claudemigrate.bedrock.Json;
import dev.claudemigrate.bedrock.StandInBase;
import dev.claudemigrate.bedrock.StandInFixture;
import dev.claudemigrate.bedrock.smoke.CheckResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each smoke check, passing and failing, through the real SDK client against the stand-in. */
class SmokeChecksTest extends StandInBase {
  @Test
  void allFourChecksPassAndSendTheRealWireFormat() throws Exception {
    SmokeReport report = fx.run(fx.plan(SmokeCheck.values()));

    assertTrue(report.passed(), () -> SmokeRenderer.render(report, SmokeRenderer.Format.TEXT));
    assertEquals(
        List.of("basic", "tools", "thinking", "guardrail"),
        report.results().stream().map(CheckResult::name).toList());
    List<Received> got = fx.standIn.received();
    assertEquals(5, got.size(), "basic, two tools turns, thinking, guardrail");
    Received first = got.get(0);
    assertEquals("/model/us.anthropic.claude-sonnet-4-6/converse", first.rawPath());
    assertEquals(StandInFixture.PROFILE_ID, first.resource());
    assertTrue(
        first.headers().get("Authorization").get(0).startsWith("AWS4-HMAC-SHA256"),
        "signed by the real SDK");
    assertEquals(2048, first.body().path("inferenceConfig").path("maxTokens").asInt());
  }

  @Test
  void toolsSendsTheAnthropicToolWithAPlaceholderToolConfigAndAnswersTheCall() throws Exception {
    CheckResult tools = fx.run(fx.plan(SmokeCheck.TOOLS)).results().get(0);

    assertEquals(Status.PASS, tools.status(), tools.detail());
    assertTrue(
        tools.detail().contains("str_replace_based_edit_tool view /repo/README.md"),
        tools.detail());
    JsonNode ask = fx.standIn.received().get(0).body();
    JsonNode tool = ask.path("additionalModelRequestFields").path("tools").get(0);
    assertEquals("text_editor_20250728", tool.path("type").asText());
    assertEquals("str_replace_based_edit_tool", tool.path("name").asText());
    assertEquals(
        "smoke_placeholder",
        ask.path("toolConfig").path("tools").get(0).path("toolSpec").path("name").asText());
    JsonNode answer = fx.standIn.received().get(1).body().path("messages");
    assertEquals(3, answer.size());
    assertEquals(
        "tooluse_smoke_1",
        answer.get(2).path("content").get(0).path("toolResult").path("toolUseId").asText());
    assertEquals(2, tools.attempts());
    assertTrue(tools.inputTokens() > 0 && tools.outputTokens() > 0);
    assertNotNull(tools.cost());
  }

  @Test
  void toolsFailsWhenTheModelAnswersWithoutCallingTheTool() throws Exception {
    fx.standIn.enqueue(Reply.ok(FakeClaude.text("I cannot see files.", "end_turn")));

    CheckResult tools = fx.run(fx.plan(SmokeCheck.TOOLS)).results().get(0);

    assertEquals(Status.FAIL, tools.status());
    assertEquals(Kind.UNEXPECTED_ANSWER, tools.diagnosis().kind());
    assertTrue(
        tools.diagnosis().message().contains("'end_turn' where 'tool_use' was expected"),
        tools.diagnosis().message());
  }

  @Test
  void toolsFailsWhenTheToolIsCalledByItsOldName() throws Exception {
    ArrayNode content = JsonNodeFactory.instance.arrayNode();
    content
        .addObject()
        .putObject("toolUse")
        .put("toolUseId", "t1")
        .put("name", "str_replace_editor")
        .putObject("input")
        .put("command", "view")
        .put("path", "/repo/README.md");
    fx.standIn.enqueue(Reply.ok(Json.write(FakeClaude.response(content, "tool_use", 10, 10))));

    CheckResult tools = fx.run(fx.plan(SmokeCheck.TOOLS)).results().get(0);

    assertEquals(Status.FAIL, tools.status());
    assertTrue(
        tools.diagnosis().message().contains("got str_replace_editor"),
        tools.diagnosis().message());
    assertTrue(
        tools
            .diagnosis()
            .fix()
            .contains("text_editor_20250728 goes with str_replace_based_edit_tool"),
        tools.diagnosis().fix());
  }

  @Test
  void toolsUsesACustomToolDefinitionThroughToolConfig() throws Exception {
    JsonNode custom =
        Json.parse(
                "{\"name\":\"edit_file\",\"description\":\"Views files\",\"input_schema\":"
                    + "{\"type\":\"object\",\"properties\":{\"command\":{\"type\":\"string\"},\"path\":{\"type\":\"string\"}}}}")
            .orElseThrow();
    SmokePlan plan =
        fx.plan(StandInFixture.PROFILE_ID, new ToolDefinition(custom), List.of(), SmokeCheck.TOOLS);

    CheckResult tools = fx.run(plan).results().get(0);

    assertEquals(Status.PASS, tools.status(), tools.detail());
    JsonNode ask = fx.standIn.received().get(0).body();
    assertFalse(ask.has("additionalModelRequestFields"));
    assertEquals(
        "edit_file",
        ask.path("toolConfig").path("tools").get(0).path("toolSpec").path("name").asText());
  }

  @Test
  void thinkingSendsTheBudgetAndExpectsReasoning() throws Exception {
    CheckResult thinking = fx.run(fx.plan(SmokeCheck.THINKING)).results().get(0);

    assertEquals(Status.PASS, thinking.status(), thinking.detail());
    JsonNode sent =
        fx.standIn.received().get(0).body().path("additionalModelRequestFields").path("thinking");
    assertEquals("enabled", sent.path("type").asText());
    assertEquals(1024, sent.path("budget_tokens").asInt());
  }

  @Test
  void thinkingFailsWithoutAReasoningBlock() throws Exception {
    fx.standIn.enqueue(Reply.ok(FakeClaude.text("391", "end_turn")));

    CheckResult thinking = fx.run(fx.plan(SmokeCheck.THINKING)).results().get(0);

    assertEquals(Status.FAIL, thinking.status());
    assertTrue(thinking.diagnosis().message().contains("no reasoningContent"));
  }

  @Test
  void thinkingBudgetIsCheckedLocallyBeforeAnyCall() throws Exception {
    List<PromptCase> plain = List.of(PromptCase.DEFAULT);
    SmokePlan tooSmall = fx.plan(2048, 512, null, plain, SmokeCheck.THINKING);
    SmokePlan tooBig = fx.plan(2048, 4096, null, plain, SmokeCheck.THINKING);
    SmokePlan warm =
        fx.plan(
            2048,
            1024,
            null,
            List.of(new PromptCase("warm", "hi", null, null, 0.2, null)),
            SmokeCheck.THINKING);
    SmokePlan topK =
        fx.plan(
            2048,
            1024,
            null,
            List.of(new PromptCase("topk", "hi", null, null, null, 40)),
            SmokeCheck.THINKING);

    for (SmokePlan plan : List.of(tooSmall, tooBig, warm, topK)) {
      CheckResult r = fx.run(plan).results().get(0);
      assertEquals(Kind.INVALID_THINKING, r.diagnosis().kind(), r.detail());
    }
    assertTrue(fx.standIn.received().isEmpty(), "nothing is sent for a bad budget");
  }

  @Test
  void guardrailSendsTheGuardrailAndPassesNormalTraffic() throws Exception {
    CheckResult g = fx.run(fx.plan(SmokeCheck.GUARDRAIL)).results().get(0);

    assertEquals(Status.PASS, g.status(), g.detail());
    JsonNode cfg = fx.standIn.received().get(0).body().path("guardrailConfig");
    assertEquals("gr-smoke", cfg.path("guardrailIdentifier").asText());
    assertEquals("1", cfg.path("guardrailVersion").asText());
  }

  @Test
  void guardrailInterventionIsReportedAsSuch() throws Exception {
    JsonNode answer =
        Json.parse(
                FakeClaude.text(
                    "Sorry, the model cannot answer this question.", "guardrail_intervened"))
            .orElseThrow();
    ((ObjectNode) answer)
        .set(
            "trace",
            Json.parse(
                    "{\"guardrail\":{\"inputAssessment\":{\"gr-smoke\":"
                        + "{\"contentPolicy\":{\"filters\":[{\"type\":\"MISCONDUCT\",\"confidence\":\"LOW\",\"action\":\"BLOCKED\"}]},"
                        + "\"topicPolicy\":{\"topics\":[{\"name\":\"Legal advice\",\"type\":\"DENY\",\"action\":\"BLOCKED\"}]}}}}}")
                .orElseThrow());
    fx.standIn.enqueue(Reply.ok(Json.write(answer)));

    CheckResult g = fx.run(fx.plan(SmokeCheck.GUARDRAIL)).results().get(0);

    assertEquals(Status.FAIL, g.status());
    assertEquals(Kind.GUARDRAIL_INTERVENED, g.diagnosis().kind());
    assertTrue(
        g.diagnosis().message().contains("guardrail gr-smoke version 1"), g.diagnosis().message());
    assertTrue(
        g.diagnosis()
            .message()
            .contains(
                "input: topic 'Legal advice' BLOCKED; input: content filter MISCONDUCT (LOW) BLOCKED"),
        g.diagnosis().message());
    assertEquals(
        "enabled",
        fx.standIn.received().get(0).body().path("guardrailConfig").path("trace").asText());
  }

  @Test
  void guardrailIsSkippedWithoutAnId() throws Exception {
    SmokePlan none = fx.plan(2048, 1024, null, List.of(PromptCase.DEFAULT), SmokeCheck.GUARDRAIL);

    SmokeReport report = fx.run(none);

    assertEquals(Status.SKIP, report.results().get(0).status());
    assertTrue(report.passed());
  }

  @Test
  void basicFailsOnEmptyTextAndOnMaxTokens() throws Exception {
    fx.standIn.enqueue(
        Reply.ok(FakeClaude.text("", "end_turn")),
        Reply.ok(FakeClaude.text("Yes, I can", "max_tokens")));

    SmokeReport first = fx.run(fx.plan(SmokeCheck.BASIC));
    SmokeReport second = fx.run(fx.plan(SmokeCheck.BASIC));

    assertEquals(Kind.UNEXPECTED_ANSWER, first.results().get(0).diagnosis().kind());
    assertTrue(second.results().get(0).diagnosis().fix().contains("--max-tokens"));
    assertFalse(second.passed());
  }

  @Test
  void basicRunsEveryPromptCaseAndChecksExpectedText() throws Exception {
    List<PromptCase> cases =
        List.of(
            new PromptCase("reads", "Can you read?", "Be brief.", "read", null, null),
            new PromptCase("french", "Réponds en français", null, "bonjour", null, null));
    SmokePlan plan = fx.plan(2048, 1024, null, cases, SmokeCheck.BASIC);

    SmokeReport report = fx.run(plan);

    assertEquals(Status.PASS, report.results().get(0).status());
    assertEquals("basic:french", report.results().get(1).name());
    assertEquals(Status.FAIL, report.results().get(1).status());
    assertEquals(
        "Be brief.",
        fx.standIn.received().get(0).body().path("system").get(0).path("text").asText());
  }

  @Test
  void contentFilteredIsARefusal() throws Exception {
    fx.standIn.enqueue(Reply.ok(FakeClaude.text("", "content_filtered")));

    CheckResult r = fx.run(fx.plan(SmokeCheck.BASIC)).results().get(0);

    assertEquals(Kind.REFUSAL, r.diagnosis().kind());
    assertTrue(r.diagnosis().message().startsWith("refused"));
  }

  @Test
  void aStopReasonTheSdkDoesNotKnowIsShownRaw() throws Exception {
    fx.standIn.enqueue(Reply.ok(FakeClaude.text("Hmm.", "refusal_v2")));

    CheckResult r = fx.run(fx.plan(SmokeCheck.BASIC)).results().get(0);

    assertEquals(Kind.UNKNOWN_STOP_REASON, r.diagnosis().kind());
    assertTrue(r.diagnosis().message().contains("'refusal_v2'"), r.diagnosis().message());
  }
}
