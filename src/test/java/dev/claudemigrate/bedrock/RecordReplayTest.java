package dev.claudemigrate.bedrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import dev.claudemigrate.bedrock.Diagnosis.Kind;
import dev.claudemigrate.bedrock.smoke.PromptCase;
import dev.claudemigrate.bedrock.smoke.SmokeCheck;
import dev.claudemigrate.bedrock.smoke.SmokePlan;
import dev.claudemigrate.bedrock.smoke.SmokeReport;
import dev.claudemigrate.bedrock.smoke.SmokeRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record against the stand-in, then replay with no network: the same report, no secrets stored. */
class RecordReplayTest extends StandInBase {
  @TempDir Path dir;

  private SmokeReport run(AwsSettings settings, SmokePlan plan) throws Exception {
    BedrockConnections c = fx.connect(settings);
    return new SmokeRunner(
            fx.caller(c, settings.timeout(), settings.maxAttempts(), "us-east-1"), plan)
        .run();
  }

  @Test
  void replayGivesTheSameReportWithoutTheNetwork() throws Exception {
    Path file = dir.resolve("rec.jsonl");
    SmokePlan plan = fx.plan(SmokeCheck.values());
    SmokeReport recorded = run(fx.settings(Duration.ofSeconds(10), 3, file, null), plan);
    int calls = fx.standIn.received().size();

    SmokeReport replayed = run(fx.settings(Duration.ofSeconds(10), 3, null, file), plan);

    assertTrue(recorded.passed());
    assertEquals(recorded, replayed);
    assertEquals(calls, fx.standIn.received().size(), "replay made no request");
    assertEquals(5, Recording.read(file).size());
  }

  @Test
  void errorsAreRecordedAndReplayedToo() throws Exception {
    Path file = dir.resolve("rec.jsonl");
    fx.standIn.enqueue(
        Reply.error(429, "ThrottlingException", "Too many requests"),
        Reply.error(
            403,
            "AccessDeniedException",
            "You don't have access to the model with the specified model ID."));
    SmokePlan plan = fx.plan(SmokeCheck.BASIC);
    SmokeReport recorded = run(fx.settings(Duration.ofSeconds(10), 3, file, null), plan);

    SmokeReport replayed = run(fx.settings(Duration.ofSeconds(10), 3, null, file), plan);

    assertEquals(Kind.ACCESS_DENIED, recorded.results().get(0).diagnosis().kind());
    assertEquals(recorded, replayed);
    Exchange throttled = Recording.read(file).get(0);
    assertEquals(429, throttled.status());
    assertTrue(throttled.headers().get("x-amzn-ErrorType").startsWith("ThrottlingException:"));
  }

  @Test
  void theRecordingHoldsNoCredentialsOrSignatures() throws Exception {
    Path file = dir.resolve("rec.jsonl");
    run(fx.settings(Duration.ofSeconds(10), 3, file, null), fx.plan(SmokeCheck.values()));

    String text = Files.readString(file, StandardCharsets.UTF_8);

    for (String secret :
        List.of(
            StandInFixture.SECRET,
            "AKIDSTANDIN",
            "Authorization",
            "AWS4-HMAC-SHA256",
            "X-Amz-Security-Token",
            "X-Amz-Date",
            "Signature")) {
      assertFalse(text.contains(secret), secret);
    }
    Exchange first = Recording.read(file).get(0);
    assertEquals("Converse", first.operation());
    assertEquals("/model/" + StandInFixture.PROFILE_ID + "/converse", first.path());
  }

  @Test
  void aRequestTheRecordingCannotAnswerIsAReplayMismatch() throws Exception {
    Path file = dir.resolve("rec.jsonl");
    run(fx.settings(Duration.ofSeconds(10), 3, file, null), fx.plan(SmokeCheck.BASIC));

    SmokeReport replayed =
        run(
            fx.settings(Duration.ofSeconds(10), 3, null, file),
            fx.plan(SmokeCheck.BASIC, SmokeCheck.THINKING));

    assertEquals(Kind.REPLAY_MISMATCH, replayed.results().get(1).diagnosis().kind());
  }

  @Test
  void aChangedBodyIsAReplayMismatchNamingTheFirstDifference() throws Exception {
    SmokePlan other = fx.plan(999, 512, null, List.of(PromptCase.DEFAULT), SmokeCheck.BASIC);

    SmokeReport replayed = replayBasic(other);

    Diagnosis d = replayed.results().get(0).diagnosis();
    assertEquals(Kind.REPLAY_MISMATCH, d.kind());
    assertEquals(
        "replay: no recorded Converse request matches: body inferenceConfig.maxTokens is 999,"
            + " recorded 2048",
        d.message());
  }

  @Test
  void anotherModelIsAReplayMismatchNamingTheModel() throws Exception {
    SmokePlan other =
        fx.plan(
            "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
            fx.plan(SmokeCheck.BASIC).tool(),
            List.of(),
            SmokeCheck.BASIC);

    SmokeReport replayed = replayBasic(other);

    assertEquals(
        "replay: no recorded Converse request matches: model"
            + " us.anthropic.claude-sonnet-4-5-20250929-v1:0 was not recorded (the recording has "
            + StandInFixture.PROFILE_ID
            + ")",
        replayed.results().get(0).diagnosis().message());
  }

  /** Records the basic check of the standard plan, then replays {@code other} against it. */
  private SmokeReport replayBasic(SmokePlan other) throws Exception {
    Path file = dir.resolve("rec.jsonl");
    run(fx.settings(Duration.ofSeconds(10), 3, file, null), fx.plan(SmokeCheck.BASIC));
    return run(fx.settings(Duration.ofSeconds(10), 3, null, file), other);
  }
}
