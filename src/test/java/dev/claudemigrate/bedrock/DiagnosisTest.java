package dev.claudemigrate.bedrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import dev.claudemigrate.bedrock.Diagnosis.Kind;
import dev.claudemigrate.bedrock.smoke.CheckResult;
import dev.claudemigrate.bedrock.smoke.SmokeCheck;
import dev.claudemigrate.bedrock.smoke.SmokePlan;
import dev.claudemigrate.bedrock.smoke.SmokeRunner;
import dev.claudemigrate.bedrock.smoke.ToolDefinition;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;

/** Every diagnosis, from the real SDK client's view of the stand-in's errors. */
class DiagnosisTest extends StandInBase {
  private CheckResult basic() throws IOException {
    return fx.run(fx.plan(SmokeCheck.BASIC)).results().get(0);
  }

  private CheckResult basic(String modelId, String region) throws IOException {
    SmokePlan p =
        fx.plan(
            modelId, ToolDefinition.forModel(fx.catalog, fx.sonnet4), List.of(), SmokeCheck.BASIC);
    return new SmokeRunner(fx.caller(Duration.ofSeconds(10), 3, region), p).run().results().get(0);
  }

  @Test
  void baseIdOnDemandAdvisesTheProfileForTheRegion() throws Exception {
    CheckResult us = basic(FakeClaude.BASE_ID, "us-east-1");
    CheckResult eu = basic(FakeClaude.BASE_ID, "eu-west-1");

    assertEquals(Kind.ON_DEMAND_BASE_ID, us.diagnosis().kind());
    assertTrue(us.diagnosis().message().contains("on-demand throughput isn't supported"));
    assertTrue(
        us.diagnosis().fix().contains("us.anthropic.claude-sonnet-4-6"), us.diagnosis().fix());
    assertTrue(
        eu.diagnosis().fix().contains("eu.anthropic.claude-sonnet-4-6 (the profile for eu-west-1"),
        eu.diagnosis().fix());
    assertEquals(1, us.attempts(), "validation errors are not retried");
  }

  @Test
  void accessDeniedAdvisesModelAccessAndIam() throws Exception {
    fx.standIn.enqueue(
        Reply.error(
            403,
            "AccessDeniedException",
            "You don't have access to the model with the specified model ID."));

    Diagnosis d = basic().diagnosis();

    assertEquals(Kind.ACCESS_DENIED, d.kind());
    assertTrue(d.message().startsWith("AccessDeniedException (HTTP 403)"), d.message());
    assertTrue(
        d.fix().contains("Model access")
            && d.fix().contains("us-east-1")
            && d.fix().contains("bedrock:InvokeModel"),
        d.fix());
  }

  @Test
  void rejectedCredentialsAreNotAccessDenied() throws Exception {
    fx.standIn.enqueue(
        Reply.error(
            403,
            "UnrecognizedClientException",
            "The security token included in the request is invalid."));

    assertEquals(Kind.BAD_CREDENTIALS, basic().diagnosis().kind());
  }

  @Test
  void notFoundNamesRegionAndEndOfLife() throws Exception {
    fx.standIn.enqueue(Reply.error(404, "ResourceNotFoundException", "Model not found."));

    Diagnosis d = basic().diagnosis();

    assertEquals(Kind.NOT_FOUND, d.kind());
    assertTrue(d.fix().contains("Claude Sonnet 4.6 is not offered in us-east-1"), d.fix());
  }

  @Test
  void aRetiredModelIsAnsweredAsBedrockDoesAndDiagnosedAsRetired() throws Exception {
    CheckResult r = basic("us.anthropic.claude-sonnet-4-20250514-v1:0", "us-east-1");

    assertEquals(Kind.NOT_FOUND, r.diagnosis().kind());
    assertTrue(r.diagnosis().message().contains(FakeClaude.END_OF_LIFE), r.diagnosis().message());
    assertTrue(
        r.diagnosis()
            .fix()
            .startsWith("Claude Sonnet 4 is retired on Bedrock (end of life 2026-10-14"),
        r.diagnosis().fix());
    assertEquals(1, r.attempts(), "not found is not retried");
  }

  @Test
  void invalidBetaNamesTheValue() throws Exception {
    JsonNode old =
        Json.parse("{\"type\":\"computer_20250124\",\"name\":\"computer\"}").orElseThrow();
    SmokePlan p =
        fx.plan(
            StandInFixture.PROFILE_ID,
            new ToolDefinition(old),
            List.of("computer-use-2024-10-22"),
            SmokeCheck.TOOLS);

    Diagnosis d = fx.run(p).results().get(0).diagnosis();

    assertEquals(Kind.INVALID_BETA, d.kind());
    assertTrue(d.message().contains("[computer-use-2024-10-22]"), d.message());
    assertTrue(d.fix().contains("computer-use-2025-01-24"), d.fix());
  }

  @Test
  void invalidToolTypeNamesTheValue() throws Exception {
    JsonNode bad =
        Json.parse("{\"type\":\"text_editor_20241022\",\"name\":\"str_replace_editor\"}")
            .orElseThrow();
    SmokePlan p =
        fx.plan(StandInFixture.PROFILE_ID, new ToolDefinition(bad), List.of(), SmokeCheck.TOOLS);

    Diagnosis d = fx.run(p).results().get(0).diagnosis();

    assertEquals(Kind.INVALID_TOOL_TYPE, d.kind());
    assertTrue(
        d.message().contains("[text_editor_20241022] named [str_replace_editor]"), d.message());
    assertTrue(
        d.fix().contains("text_editor_20250728 with name str_replace_based_edit_tool"), d.fix());
  }

  @Test
  void throttledTwiceThenSuccessIsRetriedWithBackoff() throws Exception {
    fx.standIn.enqueue(
        Reply.error(
            429, "ThrottlingException", "Too many requests, please wait before trying again."),
        Reply.error(
            429, "ThrottlingException", "Too many requests, please wait before trying again."));

    CheckResult r = basic();

    assertEquals(CheckResult.Status.PASS, r.status(), r.detail());
    assertEquals(3, r.attempts());
    assertEquals(2, fx.sleeps.size());
    assertTrue(fx.sleeps.get(1).toMillis() <= 1000, "second wait is bounded by 2 x 500 ms");
  }

  @Test
  void throttlingOnEveryAttemptIsReportedWithTheQuotaFix() throws Exception {
    Reply throttled =
        Reply.error(
            429, "ThrottlingException", "Too many tokens, please wait before trying again.");
    fx.standIn.enqueue(throttled, throttled, throttled);

    CheckResult r = basic();

    assertEquals(Kind.THROTTLED, r.diagnosis().kind());
    assertTrue(r.diagnosis().message().contains("on all 3 attempts"), r.diagnosis().message());
    assertTrue(r.diagnosis().fix().contains("Service Quotas"));
    assertEquals(2, fx.sleeps.size());
  }

  @Test
  void modelNotReadyAndServerErrorsAreRetried() throws Exception {
    fx.standIn.enqueue(
        Reply.error(429, "ModelNotReadyException", "Model is not ready."),
        Reply.error(503, "ServiceUnavailableException", "Service unavailable."));

    assertEquals(CheckResult.Status.PASS, basic().status());
  }

  @Test
  void serverErrorsOnEveryAttemptAreServiceUnavailable() throws Exception {
    Reply down = Reply.error(500, "InternalServerException", "Internal error.");
    fx.standIn.enqueue(down, down, down);

    assertEquals(Kind.SERVICE_UNAVAILABLE, basic().diagnosis().kind());
  }

  @Test
  void modelTimeoutIsAModelError() throws Exception {
    fx.standIn.enqueue(
        Reply.error(
            408, "ModelTimeoutException", "Model has timed out in processing the request."));

    CheckResult r = basic();

    assertEquals(Kind.MODEL_ERROR, r.diagnosis().kind());
    assertEquals(1, r.attempts());
  }

  @Test
  void aSlowAnswerTimesOut() throws Exception {
    fx.standIn.enqueue(Reply.ok(FakeClaude.text("late", "end_turn")).slow(3000));
    SmokePlan p = fx.plan(SmokeCheck.BASIC);

    CheckResult r =
        new SmokeRunner(fx.caller(Duration.ofMillis(300), 1, "us-east-1"), p)
            .run()
            .results()
            .get(0);

    assertEquals(Kind.TIMEOUT, r.diagnosis().kind(), r.detail());
    assertTrue(r.diagnosis().message().contains("within 300 ms"), r.diagnosis().message());
  }

  @Test
  void malformedJsonIsDiagnosed() throws Exception {
    fx.standIn.enqueue(Reply.malformed("{\"output\": {\"message\": <html>"));

    Diagnosis d = basic().diagnosis();

    assertEquals(Kind.MALFORMED_RESPONSE, d.kind(), d.message());
  }

  @Test
  void otherValidationErrorsShowTheMessage() throws Exception {
    fx.standIn.enqueue(
        Reply.error(400, "ValidationException", "messages.0.content: must not be empty"));

    Diagnosis d = basic().diagnosis();

    assertEquals(Kind.VALIDATION, d.kind());
    assertTrue(d.message().contains("must not be empty"));
  }

  @Test
  void anUnreachableEndpointIsAConnectionProblem() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    AwsSettings closed =
        new AwsSettings(
            "us-east-1",
            null,
            URI.create("http://127.0.0.1:" + port),
            Duration.ofSeconds(5),
            1,
            null,
            null);
    ConverseCaller caller = fx.caller(fx.connect(closed), Duration.ofSeconds(5), 1, "us-east-1");

    CheckResult r = new SmokeRunner(caller, fx.plan(SmokeCheck.BASIC)).run().results().get(0);

    assertEquals(Kind.CONNECTION, r.diagnosis().kind(), r.detail());
  }

  @Test
  void aThinkingBudgetBedrockRejectsIsDiagnosedAsThinking() throws Exception {
    ConverseRequest request =
        ConverseRequest.builder()
            .modelId(StandInFixture.PROFILE_ID)
            .messages(
                Message.builder()
                    .role(ConversationRole.USER)
                    .content(ContentBlock.fromText("hi"))
                    .build())
            .inferenceConfig(InferenceConfiguration.builder().maxTokens(1000).build())
            .additionalModelRequestFields(
                Documents.of(
                    Json.parse("{\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2000}}")
                        .orElseThrow()))
            .build();

    ConverseOutcome o = fx.caller().converse(request);

    assertEquals(Kind.INVALID_THINKING, o.diagnosis().kind(), o.diagnosis().message());
    assertTrue(o.diagnosis().message().contains("must be greater than `thinking.budget_tokens`"));
  }

  @Test
  void aFailedModelIsAModelError() throws Exception {
    fx.standIn.enqueue(
        Reply.error(424, "ModelErrorException", "The model failed to process the request."));

    assertEquals(Kind.MODEL_ERROR, basic().diagnosis().kind());
  }

  @Test
  void aMissingToolConfigIsExplained() throws Exception {
    fx.standIn.enqueue(
        Reply.error(
            400,
            "ValidationException",
            "The toolConfig field must be defined when using toolUse and toolResult content blocks."));

    Diagnosis d = basic().diagnosis();

    assertEquals(Kind.VALIDATION, d.kind());
    assertTrue(d.fix().startsWith("send a toolConfig on every turn"), d.fix());
  }
}
