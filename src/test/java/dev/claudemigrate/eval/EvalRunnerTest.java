package dev.claudemigrate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.eval.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner: the concurrency bound, resume after a kill, errors that never crash a run, repeats.
 */
class EvalRunnerTest {
  static final String BASELINE = "us.anthropic.claude-3-5-sonnet-20241022-v2:0";
  static final String CANDIDATE = "us.anthropic.claude-sonnet-4-20250514-v1:0";
  static final RunPlan PLAN = new RunPlan(BASELINE, CANDIDATE, null, null, 1);

  @TempDir Path dir;

  static Dataset dataset(int n) throws Exception {
    List<EvalCase> cases = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      cases.add(
          CaseParser.parse(
              JsonChecks.MAPPER.readTree(
                  "{\"id\": \"case-"
                      + i
                      + "\", \"prompt\": \"Question "
                      + i
                      + "\", \"assert\": [{\"type\": \"contains\", \"value\": \"30 days\"}]}"),
              i));
    }
    return new Dataset(cases, List.of());
  }

  private EvalReport run(
      ModelInvoker invoker,
      Dataset data,
      RunPlan plan,
      Path results,
      boolean resume,
      int concurrency)
      throws Exception {
    EvalRunner runner =
        new EvalRunner(invoker, null, new PriceBook(Catalog.builtin(), Map.of()), concurrency);
    try (ResultStore store = ResultStore.open(results, resume, true)) {
      runner.run(data.cases(), plan, store, Progress.NONE);
      return EvalReport.build("test", plan, null, data, store::get);
    }
  }

  @Test
  void neverMoreCallsInFlightThanTheBound() throws Exception {
    FakeInvoker fake = new FakeInvoker(FakeInvoker::byModel, 8);
    run(fake, dataset(20), PLAN, dir.resolve("results.jsonl"), false, 3);
    assertEquals(40, fake.calls.get());
    assertTrue(fake.maxInFlight.get() <= 3, "in flight at once: " + fake.maxInFlight.get());
    assertEquals(3, fake.maxInFlight.get(), "the pool uses its whole bound");
  }

  @Test
  void aRunKilledHalfWayAndResumedGivesTheSameReportAsAnUninterruptedOne() throws Exception {
    Dataset data = dataset(12);
    RunPlan plan = new RunPlan(BASELINE, CANDIDATE, null, null, 2);
    EvalReport whole =
        run(
            new FakeInvoker(FakeInvoker::byModel, 1),
            data,
            plan,
            dir.resolve("whole/results.jsonl"),
            false,
            4);

    Path results = dir.resolve("killed/results.jsonl");
    run(new FakeInvoker(FakeInvoker::byModel, 1), data, plan, results, false, 4);
    List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
    // What a kill leaves behind: the first results flushed, and the line being written cut short.
    String torn = lines.get(21).substring(0, lines.get(21).length() / 2);
    Files.writeString(
        results, String.join("\n", lines.subList(0, 21)) + "\n" + torn, StandardCharsets.UTF_8);

    FakeInvoker resumed = new FakeInvoker(FakeInvoker::byModel, 1);
    EvalReport again = run(resumed, data, plan, results, true, 4);
    assertEquals(48 - 21, resumed.calls.get(), "only the missing calls are made again");
    for (ReportFormat f : ReportFormat.values()) {
      assertEquals(f.render(whole), f.render(again), f + " report differs after resume");
    }
    assertEquals(
        48,
        Files.readAllLines(results).size(),
        "the torn line is gone, every result is there once");
  }

  @Test
  void resumeRedoesResultsOfACaseThatChanged() throws Exception {
    Path results = dir.resolve("results.jsonl");
    run(new FakeInvoker(FakeInvoker::byModel, 1), dataset(3), PLAN, results, false, 2);
    Dataset edited =
        new Dataset(
            List.of(
                dataset(3).cases().get(0),
                dataset(3).cases().get(1),
                CaseParser.parse(
                    JsonChecks.MAPPER.readTree(
                        "{\"id\": \"case-3\", \"prompt\": \"Question 3, reworded\"}"),
                    3)),
            List.of());
    FakeInvoker again = new FakeInvoker(FakeInvoker::byModel, 1);
    run(again, edited, PLAN, results, true, 2);
    assertEquals(2, again.calls.get(), "both sides of the edited case, nothing else");
  }

  @Test
  void failuresAndExceptionsBecomeErrorResultsNotCrashes() throws Exception {
    FakeInvoker fake =
        new FakeInvoker(
            r -> {
              String p = r.messages().get(0).text();
              if (p.endsWith(" 2") && r.modelId().equals(CANDIDATE)) {
                return ModelResponse.failed(
                    "throttled: Too many requests, please wait before trying again.", 40);
              }
              if (p.endsWith(" 3")) {
                throw new IllegalStateException("socket closed");
              }
              return FakeInvoker.byModel(r);
            },
            1);
    EvalReport report = run(fake, dataset(4), PLAN, dir.resolve("results.jsonl"), false, 2);
    assertEquals(2, report.errors());
    CaseComparison two =
        report.cases().stream().filter(c -> c.caseId().equals("case-2")).findFirst().orElseThrow();
    assertEquals(Outcome.ERROR, two.outcome());
    assertTrue(two.candidate().get(0).error().startsWith("throttled"));
    CaseComparison three =
        report.cases().stream().filter(c -> c.caseId().equals("case-3")).findFirst().orElseThrow();
    assertEquals("IllegalStateException: socket closed", three.baseline().get(0).error());
    assertEquals(0.5, report.candidate().errorRate());
  }

  @Test
  void outcomesStatsAndCostsFollowTheAnswers() throws Exception {
    EvalReport r =
        run(
            new FakeInvoker(FakeInvoker::byModel, 1),
            dataset(10),
            PLAN,
            dir.resolve("results.jsonl"),
            false,
            2);
    // Baseline passes even prompts; candidate passes all but multiples of 5.
    assertEquals(List.of("case-1", "case-3", "case-7", "case-9"), ids(r, Outcome.IMPROVEMENT));
    assertEquals(List.of("case-10"), ids(r, Outcome.REGRESSION));
    assertEquals(List.of("case-5"), ids(r, Outcome.BOTH_FAIL));
    assertEquals(Outcome.REGRESSION, r.cases().get(0).outcome(), "regressions come first");
    assertEquals(0.5, r.baseline().passRate());
    assertEquals(0.8, r.candidate().passRate());
    assertEquals(1000 + 37 * 5, r.baseline().latencyP50());
    assertEquals(1000 + 37 * 10, r.baseline().latencyP95());
    assertNotNull(r.candidate().cost(), "Sonnet 4 has a catalog price");
    assertTrue(r.deltas().passRate() > 0.29 && r.deltas().passRate() < 0.31);
  }

  @Test
  void guardrailAndThinkingReachTheRightSide() throws Exception {
    List<ModelRequest> seen = Collections.synchronizedList(new ArrayList<>());
    FakeInvoker fake =
        new FakeInvoker(
            req -> {
              seen.add(req);
              return FakeInvoker.byModel(req);
            },
            1);
    RunPlan plan = new RunPlan(BASELINE, CANDIDATE, new Guardrail("gr-prod", "3"), 2048, 1);
    run(fake, dataset(1), plan, dir.resolve("results.jsonl"), false, 1);
    ModelRequest base =
        seen.stream().filter(q -> q.modelId().equals(BASELINE)).findFirst().orElseThrow();
    ModelRequest cand =
        seen.stream().filter(q -> q.modelId().equals(CANDIDATE)).findFirst().orElseThrow();
    assertEquals(new Guardrail("gr-prod", "3"), base.guardrail());
    assertEquals(new Guardrail("gr-prod", "3"), cand.guardrail());
    assertEquals(null, base.thinkingBudget());
    assertEquals(2048, cand.thinkingBudget());
    assertEquals(
        EvalCase.DEFAULT_MAX_TOKENS + 2048,
        cand.maxTokens(),
        "thinking gets room on top of the answer");
  }

  private static List<String> ids(EvalReport r, Outcome o) {
    return r.cases().stream().filter(c -> c.outcome() == o).map(CaseComparison::caseId).toList();
  }

  @Test
  void aResultsFileThatCannotBeWrittenStopsTheRunEarly() throws Exception {
    FakeInvoker fake = new FakeInvoker(FakeInvoker::byModel, 1);
    EvalRunner runner = new EvalRunner(fake, null, new PriceBook(Catalog.builtin(), Map.of()), 1);
    ResultStore store = ResultStore.open(dir.resolve("results.jsonl"), false, true);
    store.close();
    IOException e =
        Assertions.assertThrows(
            IOException.class, () -> runner.run(dataset(10).cases(), PLAN, store, Progress.NONE));
    assertTrue(e.getMessage().startsWith("cannot write results: "), e.getMessage());
    assertTrue(fake.calls.get() < 20, "calls made after the failure: " + fake.calls.get());
  }
}
