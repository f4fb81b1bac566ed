package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.claudemigrate.bedrock.BedrockStandIn;
import dev.claudemigrate.eval.EvalStandInModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps samples/eval/recording.jsonl reproducible: records the sample eval against the stand-in
 * (one call at a time, so the order is fixed) and compares with the committed file. Run with {@code
 * -Deval.regenerate=true} to rewrite the sample after changing the dataset or the scenario.
 */
class EvalSampleRecordingTest {
  static final String BASELINE = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";
  static final String CANDIDATE = "us.anthropic.claude-sonnet-4-6";
  static final Path SAMPLES = Path.of("samples/eval").toAbsolutePath();

  @Test
  void committedRecordingIsWhatTheStandInAnswers(@TempDir Path dir) throws Exception {
    Path recording = dir.resolve("recording.jsonl");
    try (BedrockStandIn standIn = new BedrockStandIn()) {
      standIn.fallback(EvalStandInModels.sample());
      CliRun run =
          CliRun.run(
              dir,
              CliRun.keys(dir),
              "eval",
              "--dataset",
              SAMPLES.resolve("dataset.jsonl").toString(),
              "--baseline",
              BASELINE,
              "--candidate",
              CANDIDATE,
              "--region",
              "us-east-1",
              "--endpoint-url",
              standIn.endpoint().toString(),
              "--record",
              recording.toString(),
              "--concurrency",
              "1",
              "--out",
              dir.resolve("out").toString());
      assertEquals(0, run.code(), run.err());
    }
    String recorded = Files.readString(recording, StandardCharsets.UTF_8);
    assertFalse(
        recorded.contains("AKID") || recorded.contains("cliTestSecret"),
        "credentials must never be recorded");
    if (Boolean.getBoolean("eval.regenerate")) {
      Files.writeString(SAMPLES.resolve("recording.jsonl"), recorded, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(SAMPLES.resolve("recording.jsonl"), StandardCharsets.UTF_8),
        recorded,
        "samples/eval/recording.jsonl is stale: run this test with -Deval.regenerate=true");
  }
}
