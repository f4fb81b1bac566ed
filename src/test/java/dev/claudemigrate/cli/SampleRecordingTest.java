package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.bedrock.BedrockStandIn;
import dev.claudemigrate.bedrock.FakeClaude;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code samples/smoke/recording.jsonl}: it replays all four checks with no account,
 * and it is exactly what smoke records against the stand-in today. To regenerate it after a
 * deliberate change: {@code ./mvnw -q test -Dtest=SampleRecordingTest -DregenerateSamples=true}.
 */
class SampleRecordingTest {
  static final Path SAMPLE = Path.of("samples/smoke/recording.jsonl").toAbsolutePath();
  static final String[] OPTIONS = {
    "--region", "us-east-1", "--guardrail-id", "gr-sample", "--guardrail-version", "1"
  };

  @TempDir Path dir;

  private CliRun record(Path file) throws Exception {
    try (BedrockStandIn standIn = new BedrockStandIn().fallback(new FakeClaude())) {
      return CliRun.run(
          dir,
          CliRun.keys(dir),
          concat(
              new String[] {
                "smoke",
                "--endpoint-url",
                standIn.endpoint().toString(),
                "--record",
                file.toString()
              },
              OPTIONS));
    }
  }

  @Test
  void theShippedRecordingReplaysAllFourChecksWithoutAnAccount() {
    CliRun r =
        CliRun.run(
            dir,
            CliRun.nothing(dir),
            concat(new String[] {"smoke", "--replay", SAMPLE.toString()}, OPTIONS));

    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("4 passed, 0 failed, 0 skipped"), r.out());
    assertTrue(r.err().contains("credentials: none (replay)"), r.err());
    assertFalse(r.err().contains("did not match"), r.err());
    // The first line names the default target and why; it is active, so no warning follows.
    assertTrue(
        r.err()
            .startsWith(
                "migrate: target sonnet-4.6 (Claude Sonnet 4.6, active): default: newest active Claude Sonnet 4.x"),
        r.err());
    assertEquals(0, r.errCount("migrate: warning:"), r.err());
  }

  @Test
  void anExplicitLiveModelIdGetsNoLifecycleWarning() {
    CliRun r =
        CliRun.run(
            dir,
            CliRun.nothing(dir),
            concat(
                new String[] {
                  "smoke",
                  "--replay",
                  SAMPLE.toString(),
                  "--model",
                  "us.anthropic.claude-sonnet-4-6"
                },
                OPTIONS));

    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals(0, r.errCount("migrate: warning:"), r.err());
  }

  @Test
  void replayingTheRecordingForAnotherTargetFailsInsteadOfAnsweringInRecordedOrder() {
    CliRun r =
        CliRun.run(
            dir,
            CliRun.nothing(dir),
            concat(
                new String[] {"smoke", "--replay", SAMPLE.toString(), "--to", "sonnet-4.5"},
                OPTIONS));

    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("0 passed, 4 failed"), r.out());
    assertTrue(
        r.out()
            .contains(
                "replay: no recorded Converse request matches: model"
                    + " us.anthropic.claude-sonnet-4-5-20250929-v1:0 was not recorded (the recording"
                    + " has us.anthropic.claude-sonnet-4-6)"),
        r.out());
  }

  @Test
  void recordThenReplayPrintsTheSameReport() throws Exception {
    Path file = dir.resolve("rec.jsonl");
    CliRun recorded = record(file);

    CliRun replayed =
        CliRun.run(
            dir,
            CliRun.nothing(dir),
            concat(new String[] {"smoke", "--replay", file.toString()}, OPTIONS));

    assertEquals(0, recorded.code(), recorded.out() + recorded.err());
    assertEquals(recorded.out(), replayed.out());
    assertEquals(recorded.code(), replayed.code());
  }

  @Test
  void theShippedRecordingIsWhatSmokeRecordsToday() throws Exception {
    boolean regenerate = Boolean.getBoolean("regenerateSamples");
    Path file = regenerate ? SAMPLE : dir.resolve("fresh.jsonl");

    assertEquals(0, record(file).code());

    assertEquals(
        Files.readString(file),
        Files.readString(SAMPLE),
        "samples/smoke/recording.jsonl is stale: regenerate it with -DregenerateSamples=true");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
