package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.BedrockStandIn;
import dev.claudemigrate.bedrock.batch.BatchStandIn;
import dev.claudemigrate.eval.EvalStandInModels;
import dev.claudemigrate.eval.batch.ConverseAsBatch;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate eval --batch} end to end: the real S3 and Bedrock SDK clients against the loopback
 * batch stand-in, compared with the on-demand run of the same answers.
 */
class EvalBatchTest {
  static final String B = EvalSampleRecordingTest.BASELINE;
  static final String C = EvalSampleRecordingTest.CANDIDATE;
  static final String ROLE = "arn:aws:iam::123456789012:role/BedrockBatchInference";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  BatchStandIn batch;
  BedrockStandIn onDemand;

  @BeforeEach
  void start() throws Exception {
    batch = new BatchStandIn(new ConverseAsBatch(EvalStandInModels.sample()));
    batch.converse(EvalStandInModels.sample());
    onDemand = new BedrockStandIn();
    onDemand.fallback(EvalStandInModels.sample());
  }

  @AfterEach
  void stop() {
    batch.close();
    onDemand.close();
  }

  /**
   * {@code n} cases made from the sample's (ids numbered), without latency checks: batch jobs
   * measure no latency, so those differ by design (see {@link #latencyChecksFailSayingWhy}).
   */
  Path dataset(int n) throws Exception {
    return dataset(dir, n);
  }

  static Path dataset(Path dir, int n) throws Exception {
    List<String> sample =
        Files.readAllLines(
            EvalSampleRecordingTest.SAMPLES.resolve("dataset.jsonl"), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      ObjectNode c = (ObjectNode) JSON.readTree(sample.get(i % sample.size()));
      c.put("id", c.path("id").asText() + "-" + i);
      ArrayNode asserts = (ArrayNode) c.path("assert");
      for (Iterator<JsonNode> it = asserts.elements(); it.hasNext(); ) {
        if (it.next().path("type").asText().equals("max-latency-ms")) {
          it.remove();
        }
      }
      out.append(c).append('\n');
    }
    Path file = dir.resolve("cases-" + n + ".jsonl");
    Files.writeString(file, out, StandardCharsets.UTF_8);
    return file;
  }

  CliRun eval(Path dataset, String out, String endpoint, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "eval",
                "--dataset",
                dataset.toString(),
                "--baseline",
                B,
                "--candidate",
                C,
                "--region",
                "us-east-1",
                "--endpoint-url",
                endpoint,
                "--out",
                out));
    args.addAll(List.of(extra));
    return CliRun.run(dir, CliRun.keys(dir), args.toArray(String[]::new));
  }

  CliRun batch(Path dataset, String out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--batch",
                "s3://eval-bucket/migrate/run",
                "--batch-role",
                ROLE,
                "--batch-poll",
                "1ms"));
    args.addAll(List.of(extra));
    return eval(dataset, out, batch.endpoint().toString(), args.toArray(String[]::new));
  }

  @Test
  void threeHundredCasesGiveTheSameReportAsOnDemandAtHalfTheCost() throws Exception {
    Path cases = dataset(300);
    CliRun live = eval(cases, "live", onDemand.endpoint().toString());
    CliRun jobs = batch(cases, "batch");
    assertEquals(live.code(), jobs.code(), jobs.err());
    assertEquals(2, batch.count("CreateModelInvocationJob"), "one job per model");
    assertEquals(2, batch.count("PutObject"));
    assertTrue(batch.hosts().stream().allMatch(h -> h.startsWith("127.0.0.1")), "path-style");
    assertTrue(jobs.err().contains("InProgress"), "progress by job state: " + jobs.err());
    assertTrue(jobs.err().contains("Completed"), jobs.err());
    assertTrue(jobs.out().contains("batch price"), jobs.out());
    assertEquals(live.out().lines().findFirst(), jobs.out().lines().findFirst(), "same headline");

    JsonNode a = JSON.readTree(dir.resolve("live/report.json").toFile());
    JsonNode b = JSON.readTree(dir.resolve("batch/report.json").toFile());
    assertTrue(a.at("/report/cases").size() == 300);
    List<BigDecimal[]> costs = new ArrayList<>();
    strip(a, b, costs);
    assertTrue(costs.size() > 600, "every call and both totals have a cost: " + costs.size());
    for (BigDecimal[] c : costs) {
      assertEquals(0, c[0].compareTo(c[1].multiply(BigDecimal.valueOf(2))), c[0] + " vs " + c[1]);
    }
    assertEquals(a, b, "same report but for costs (halved) and latency (not measured in batch)");
    String md = Files.readString(dir.resolve("batch/report.md"));
    assertTrue(md.contains("refund-policy-json-1"), "the Markdown report names the regressions");
  }

  /**
   * Removes latency (batch measures none) and pairs costs, from the on-demand tree {@code a} and
   * the batch tree {@code b} alike.
   */
  static void strip(JsonNode a, JsonNode b, List<BigDecimal[]> costs) {
    if (a.isObject() && b.isObject()) {
      for (String f : List.of("latencyMs", "latencyP50", "latencyP95")) {
        ((ObjectNode) a).remove(f);
        ((ObjectNode) b).remove(f);
      }
      if (a.path("cost").isNumber() && b.path("cost").isNumber()) {
        costs.add(new BigDecimal[] {a.get("cost").decimalValue(), b.get("cost").decimalValue()});
        ((ObjectNode) a).remove("cost");
        ((ObjectNode) b).remove("cost");
      }
      a.fieldNames()
          .forEachRemaining(
              f -> {
                if (b.has(f)) {
                  strip(a.get(f), b.get(f), costs);
                }
              });
    } else if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        strip(a.get(i), b.get(i), costs);
      }
    }
  }

  @Test
  void aRunStoppedAfterSubmissionPollsTheSavedJobsInsteadOfCreatingNewOnes() throws Exception {
    Path cases = dataset(120);
    batch.hold(true);
    CliRun submitted = batch(cases, "out", "--no-wait");
    assertEquals(0, submitted.code(), submitted.err());
    assertEquals(2, batch.count("CreateModelInvocationJob"));
    JsonNode saved = JSON.readTree(dir.resolve("out/batch-jobs.json").toFile());
    assertEquals(2, saved.path("jobs").size());
    assertTrue(submitted.err().contains("run the same command again"), submitted.err());
    assertFalse(Files.exists(dir.resolve("out/report.json")));

    batch.hold(false);
    CliRun resumed = batch(cases, "out");
    assertEquals(0, resumed.code(), resumed.err());
    assertEquals(2, batch.count("CreateModelInvocationJob"), "no job created twice");
    assertTrue(resumed.err().contains("already submitted"), resumed.err());
    for (JsonNode j : saved.path("jobs")) {
      assertTrue(resumed.err().contains(j.path("jobArn").asText()), resumed.err());
    }
    assertTrue(Files.exists(dir.resolve("out/report.json")));
  }

  @Test
  void anInterruptedWaitResumesFromTheSavedArns() throws Exception {
    Path cases = dataset(100);
    batch.hold(true);
    AtomicReference<CliRun> first = new AtomicReference<>();
    Thread t = new Thread(() -> first.set(batch(cases, "out")), "interrupted-batch-run");
    t.start();
    Path ledger = dir.resolve("out/batch-jobs.json");
    for (int i = 0; i < 3000 && t.isAlive() && batch.count("GetModelInvocationJob") < 4; i++) {
      Thread.sleep(20);
    }
    assertTrue(t.isAlive(), () -> "still waiting for the held jobs: " + first.get());
    assertTrue(Files.exists(ledger), "ARNs are saved before the run waits");
    t.interrupt(); // a kill while polling
    t.join(10_000);
    assertFalse(t.isAlive(), "the interrupted run stopped");
    assertTrue(first.get().code() != 0, first.get().err());
    batch.hold(false);
    CliRun again = batch(cases, "out");
    assertEquals(0, again.code(), again.err());
    assertEquals(2, batch.count("CreateModelInvocationJob"));
  }

  @Test
  void tooFewRecordsIsOneLineSuggestingOnDemand() throws Exception {
    CliRun r = batch(dataset(40), "small");
    assertEquals(2, r.code());
    assertEquals(1, r.err().lines().filter(l -> l.contains("records")).count(), r.err());
    assertTrue(r.err().contains("has 40 records, fewer than the 100"), r.err());
    assertTrue(r.err().contains("run without --batch"), r.err());
    assertEquals(0, batch.count("CreateModelInvocationJob"));
    assertEquals(0, batch.count("PutObject"), "nothing uploaded");
  }

  @Test
  void recordErrorsStayErrorsAndAFailedJobIsResubmittedOnTheNextRun() throws Exception {
    Path cases = dataset(100);
    batch.minRecords(101); // the service rejects the job: Failed
    CliRun failed = batch(cases, "out");
    assertEquals(3, failed.code(), failed.err());
    assertTrue(failed.err().contains("Failed"), failed.err());
    JsonNode report = JSON.readTree(dir.resolve("out/report.json").toFile());
    assertEquals(
        100, report.at("/report/counts/error").asInt(), report.at("/report/counts").toString());

    batch.minRecords(100);
    CliRun again = batch(cases, "out", "--overwrite");
    assertEquals(4, batch.count("CreateModelInvocationJob"), "a new job for each failed one");
    assertTrue(again.code() <= 1, again.err());
  }

  @Test
  void batchOptionsThatCannotWorkAreUsageErrors() throws Exception {
    Path cases = dataset(100);
    CliRun noRole = eval(cases, "x", batch.endpoint().toString(), "--batch", "s3://b/p");
    assertEquals(2, noRole.code());
    assertTrue(noRole.err().contains("--batch-role"), noRole.err());
    CliRun badUri =
        eval(cases, "x", batch.endpoint().toString(), "--batch", "bucket/p", "--batch-role", ROLE);
    assertEquals(2, badUri.code());
    assertTrue(badUri.err().contains("s3://bucket/prefix"), badUri.err());
    CliRun guardrail = batch(cases, "x", "--guardrail-id", "gr-1");
    assertEquals(2, guardrail.code());
    assertTrue(guardrail.err().contains("do not apply guardrails"), guardrail.err());
  }

  @Test
  void theServiceEndpointVariablesReachTheStandInWithoutEndpointUrl() throws Exception {
    Path cases = dataset(100);
    // The SDK reads AWS_ENDPOINT_URL_<SERVICE> from the process environment, and the same setting
    // from the system properties aws.endpointUrl<Service>; a JVM cannot set its own environment,
    // so this test uses the properties (JarLaunchIT covers the variables).
    Map<String, String> props =
        Map.of(
            "aws.endpointUrlS3", batch.endpoint().toString(),
            "aws.endpointUrlBedrock", batch.endpoint().toString(),
            "aws.endpointUrlBedrockRuntime", batch.endpoint().toString());
    props.forEach(System::setProperty);
    try {
      List<String> args =
          List.of(
              "eval",
              "--dataset",
              cases.toString(),
              "--baseline",
              B,
              "--candidate",
              C,
              "--region",
              "us-east-1",
              "--out",
              "env",
              "--batch",
              "s3://eval-bucket/p",
              "--batch-role",
              ROLE,
              "--batch-poll",
              "1ms");
      CliRun r = CliRun.run(dir, CliRun.keys(dir), args.toArray(String[]::new));
      assertEquals(0, r.code(), r.err());
      assertEquals(2, batch.count("CreateModelInvocationJob"));
      assertTrue(batch.hosts().stream().allMatch(h -> h.startsWith("127.0.0.1")), "path-style");
    } finally {
      props.keySet().forEach(System::clearProperty);
    }
  }
}
