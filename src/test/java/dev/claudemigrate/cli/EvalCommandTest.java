package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.bedrock.BedrockStandIn;
import dev.claudemigrate.eval.EvalStandInModels;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate eval} in-process: the offline sample, exit codes, resume, dataset errors, log
 * import.
 */
class EvalCommandTest {
  static final String B = EvalSampleRecordingTest.BASELINE;
  static final String C = EvalSampleRecordingTest.CANDIDATE;
  static final Path SAMPLES = EvalSampleRecordingTest.SAMPLES;
  static final String LIFECYCLE_URL =
      "https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html";

  @TempDir Path dir;
  BedrockStandIn standIn;

  @BeforeEach
  void start() throws Exception {
    standIn = new BedrockStandIn();
    standIn.fallback(EvalStandInModels.sample());
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private CliRun replay(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "eval",
                "--dataset",
                SAMPLES.resolve("dataset.jsonl").toString(),
                "--baseline",
                B,
                "--candidate",
                C,
                "--replay",
                SAMPLES.resolve("recording.jsonl").toString(),
                "--region",
                "us-east-1",
                "--out",
                "out"));
    args.addAll(List.of(extra));
    return CliRun.run(dir, CliRun.nothing(dir), args.toArray(String[]::new));
  }

  private CliRun live(String dataset, String... extra) {
    return liveAgainst(C, dataset, extra);
  }

  private CliRun liveAgainst(String candidate, String dataset, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "eval",
                "--dataset",
                dataset,
                "--baseline",
                B,
                "--candidate",
                candidate,
                "--region",
                "us-east-1",
                "--endpoint-url",
                standIn.endpoint().toString(),
                "--out",
                "out"));
    args.addAll(List.of(extra));
    return CliRun.run(dir, CliRun.keys(dir), args.toArray(String[]::new));
  }

  @Test
  void theSampleRunsOfflineFromItsRecordingAndWritesFourReports() throws Exception {
    CliRun run = replay();
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "2 regressions, 3 improvements, 0 errors, 16 passing on both, 1 failing on both · 22 cases × 1 repeat"),
        run.out());
    for (String f :
        List.of("report.md", "report.json", "junit.xml", "report.html", "results.jsonl")) {
      assertTrue(Files.size(dir.resolve("out").resolve(f)) > 0, f);
    }
    assertTrue(run.err().contains("eval: 44 calls"), run.err());
    assertFalse(run.err().contains("44/44"), "no per-call lines when not on a terminal or in CI");
    assertFalse(run.err().contains("did not match the recording"), run.err());
  }

  @Test
  void aLegacyBaselineIsOneShortWarningWithTheUrlAndTheLiveCandidateNone() {
    CliRun run = replay();
    List<String> warnings =
        run.err().lines().filter(l -> l.startsWith("migrate eval: warning:")).toList();
    assertEquals(
        List.of(
            "migrate eval: warning: baseline (Claude Sonnet 4.5) is legacy on Bedrock since"
                + " 2026-10-08, end of life 2027-04-08 ("
                + LIFECYCLE_URL
                + ")"),
        warnings,
        run.err());
  }

  @Test
  void aRetiredCandidateWarnsAndIsAnsweredAsBedrockAnswersAfterEndOfLife() throws Exception {
    Path data = dir.resolve("cases.jsonl");
    Files.writeString(
        data,
        "{\"id\": \"a\", \"prompt\": \"hey\", \"assert\": [{\"type\": \"not-refusal\"}]}\n",
        StandardCharsets.UTF_8);
    CliRun run =
        liveAgainst("us.anthropic.claude-sonnet-4-20250514-v1:0", data.toString(), "--judge", C);

    assertTrue(
        run.err()
            .contains(
                "migrate eval: warning: candidate (Claude Sonnet 4) reached end of life on Bedrock"
                    + " on 2026-10-14: calls fail ("
                    + LIFECYCLE_URL
                    + ")\n"),
        run.err());
    assertTrue(run.out().contains("1 errors") || run.out().contains("1 error"), run.out());
    String results = Files.readString(dir.resolve("out/results.jsonl"));
    assertTrue(results.contains("reached the end of its life"), results);
  }

  @Test
  void failOnRegressionSetsTheExitCode() throws Exception {
    assertEquals(1, replay("--fail-on-regression", "1").code());
    Files.delete(dir.resolve("out/report.html"));
    CliRun ok = replay("--fail-on-regression", "2", "--format", "markdown", "--overwrite");
    assertEquals(0, ok.code());
    assertFalse(Files.exists(dir.resolve("out/report.html")), "only the formats asked for");
  }

  @Test
  void missingCredentialsOrRegionExitThree() {
    CliRun run =
        CliRun.run(
            dir,
            CliRun.nothing(dir),
            "eval",
            "--dataset",
            SAMPLES.resolve("dataset.jsonl").toString(),
            "--baseline",
            B,
            "--candidate",
            C);
    assertEquals(3, run.code(), run.err());
  }

  @Test
  void usageErrorsExitTwoBeforeAnyCall() {
    assertEquals(2, replay("--format", "pdf").code());
    assertEquals(2, replay("--repeat", "0").code());
    assertEquals(2, replay("--candidate-thinking-budget", "100").code());
    CliRun price = replay("--price", "oops");
    assertEquals(2, price.code());
    assertFalse(price.err().contains("region"), "rejected before AWS is set up: " + price.err());
    CliRun missing =
        CliRun.run(
            dir,
            CliRun.nothing(dir),
            "eval",
            "--dataset",
            "nope.jsonl",
            "--baseline",
            B,
            "--candidate",
            C,
            "--region",
            "us-east-1");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("nope.jsonl: no such file"), missing.err());
  }

  @Test
  void aMalformedCaseIsNamedByLineTheOthersRunAndTheExitCodeTells() throws Exception {
    Path data = dir.resolve("cases.jsonl");
    Files.writeString(
        data,
        "{\"id\": \"a\", \"prompt\": \"hey\", \"assert\": [{\"type\": \"not-refusal\"}]}\n{\"id\": \"b\", \"prompt\": 7}\n",
        StandardCharsets.UTF_8);
    CliRun run = live(data.toString());
    assertEquals(3, run.code(), run.err());
    assertTrue(run.err().contains(data + ":2: case 'b': 'prompt' must be a string"), run.err());
    assertTrue(
        run.out().startsWith("0 regressions, 0 improvements, 0 errors, 1 passing on both"),
        run.out());
  }

  @Test
  void resumeMakesNoCallForResultsAlreadyThere() {
    String data = SAMPLES.resolve("dataset.jsonl").toString();
    assertEquals(0, live(data, "--concurrency", "3").code());
    int calls = standIn.received().size();
    CliRun again = live(data, "--resume");
    assertEquals(0, again.code(), again.err());
    assertEquals(calls, standIn.received().size());
    assertTrue(again.err().contains("44 already done (resumed)"), again.err());
  }

  @Test
  void invocationLogsBecomeCasesAndAreSavedForCuration() throws Exception {
    Path log = dir.resolve("invocations.jsonl");
    Files.writeString(
        log,
        "{\"requestId\": \"r1\", \"operation\": \"Converse\", \"modelId\": \""
            + B
            + "\", \"input\": {\"inputBodyJson\": "
            + "{\"messages\": [{\"role\": \"user\", \"content\": [{\"text\": \"Do you ship to Canada?\"}]}]}}, \"output\": {\"outputBodyJson\": "
            + "{\"output\": {\"message\": {\"role\": \"assistant\", \"content\": [{\"text\": \"Yes.\"}]}}, \"stopReason\": \"end_turn\"}}}\n",
        StandardCharsets.UTF_8);
    CliRun run =
        CliRun.run(
            dir,
            CliRun.keys(dir),
            "eval",
            "--from-invocation-logs",
            log.toString(),
            "--baseline",
            B,
            "--candidate",
            C,
            "--judge",
            "us.anthropic.claude-haiku-4-5-20251001-v1:0",
            "--region",
            "us-east-1",
            "--endpoint-url",
            standIn.endpoint().toString(),
            "--out",
            "out");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().startsWith("0 regressions, 0 improvements, 0 errors, 1 passing on both"),
        run.out());
    String saved = Files.readString(dir.resolve("out/imported-cases.jsonl"));
    assertTrue(saved.contains("\"id\":\"log-r1\"") && saved.contains("llm-rubric"), saved);
  }

  @Test
  void helpListsTheOptions() {
    CliRun run = CliRun.run(dir, CliRun.nothing(dir), "eval", "--help");
    assertEquals(0, run.code());
    for (String o :
        List.of(
            "--dataset",
            "--from-invocation-logs",
            "--baseline",
            "--candidate",
            "--concurrency",
            "--repeat",
            "--guardrail-id",
            "--candidate-thinking-budget",
            "--judge",
            "--out",
            "--format",
            "--fail-on-regression",
            "--record",
            "--replay",
            "--resume",
            "--endpoint-url",
            "--profile")) {
      assertTrue(run.out().contains(o), o);
    }
  }

  @Test
  void resumingIntoAnExistingRecordingIsRefusedBeforeItIsOverwritten() throws Exception {
    Path rec = dir.resolve("rec.jsonl");
    Files.writeString(rec, "{}\n", StandardCharsets.UTF_8);
    CliRun run =
        live(SAMPLES.resolve("dataset.jsonl").toString(), "--resume", "--record", rec.toString());
    assertEquals(2, run.code(), run.err());
    assertEquals("{}\n", Files.readString(rec));
    assertEquals(0, standIn.received().size());
  }

  @Test
  void aTerminalGetsAProgressBarWithRateAndTimeLeft() {
    StringWriter err = new StringWriter();
    EvalProgress bar = new EvalProgress(Progress.Mode.TERMINAL, new PrintWriter(err), 100);
    bar.started(4, 0);
    bar.completed(null, 2, 4);
    bar.finished();
    String shown = err.toString();
    assertTrue(shown.startsWith("eval: 4 calls\n"), shown);
    assertTrue(shown.contains("\reval  50%"), shown);
    assertTrue(shown.contains("2/4 calls"), shown);
    assertTrue(shown.contains("calls/s"), "rate: " + shown);
    assertTrue(shown.endsWith("\r"), "the bar is erased at the end: " + shown);
  }
}
