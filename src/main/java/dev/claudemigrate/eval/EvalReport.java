package dev.claudemigrate.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the reports show: the run's settings, each model's figures and their deltas, and every
 * case side by side, regressions first, then improvements, errors, and the rest.
 *
 * @param dataset the dataset file(s) as given
 * @param plan the models and settings compared
 * @param judge the judge model, or null
 * @param baseline the baseline's figures
 * @param candidate the candidate's figures
 * @param deltas candidate minus baseline
 * @param counts cases per outcome
 * @param cases the cases, in report order
 * @param datasetErrors cases that could not be read
 */
public record EvalReport(
    String dataset,
    RunPlan plan,
    String judge,
    ModelStats baseline,
    ModelStats candidate,
    Deltas deltas,
    Map<Outcome, Integer> counts,
    List<CaseComparison> cases,
    List<DatasetError> datasetErrors) {

  public EvalReport {
    counts = Map.copyOf(counts);
    cases = List.copyOf(cases);
    datasetErrors = List.copyOf(datasetErrors);
  }

  /**
   * Builds the report from the results of a finished run.
   *
   * @param results the stored result for a key, or null
   */
  public static EvalReport build(
      String dataset,
      RunPlan plan,
      String judge,
      Dataset data,
      Function<ResultKey, CaseResult> results) {
    List<CaseComparison> cases = new ArrayList<>();
    List<CaseResult> all = new ArrayList<>();
    for (EvalCase c : data.cases()) {
      List<CaseResult> b = side(c, Side.BASELINE, plan, results);
      List<CaseResult> k = side(c, Side.CANDIDATE, plan, results);
      all.addAll(b);
      all.addAll(k);
      cases.add(CaseComparison.of(c, b, k));
    }
    // A stable sort keeps dataset order within each outcome.
    cases.sort(Comparator.comparing(CaseComparison::outcome));
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, (int) cases.stream().filter(c -> c.outcome() == o).count());
    }
    ModelStats bs =
        ModelStats.of(
            plan.baselineModel(), all.stream().filter(r -> r.side() == Side.BASELINE).toList());
    ModelStats cs =
        ModelStats.of(
            plan.candidateModel(), all.stream().filter(r -> r.side() == Side.CANDIDATE).toList());
    return new EvalReport(
        dataset, plan, judge, bs, cs, Deltas.of(bs, cs), counts, cases, data.errors());
  }

  private static List<CaseResult> side(
      EvalCase c, Side side, RunPlan plan, Function<ResultKey, CaseResult> results) {
    List<CaseResult> out = new ArrayList<>();
    for (int k = 1; k <= plan.repeat(); k++) {
      CaseResult r = results.apply(new ResultKey(c.id(), side, plan.model(side), k));
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /** Cases that passed on the baseline and failed on the candidate. */
  public int regressions() {
    return counts.getOrDefault(Outcome.REGRESSION, 0);
  }

  /** Cases with no verdict because a call failed. */
  public int errors() {
    return counts.getOrDefault(Outcome.ERROR, 0);
  }
}
