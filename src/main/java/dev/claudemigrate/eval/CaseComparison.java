package dev.claudemigrate.eval;

import java.util.List;

/**
 * One case side by side: the baseline's and the candidate's answers (one per repeat).
 *
 * @param caseId the case
 * @param description the case's description, or null
 * @param prompt the last user turn
 * @param outcome regression, improvement, ...
 * @param flaky whether the repeats of either side disagree
 * @param baseline the baseline's results, by repeat
 * @param candidate the candidate's results, by repeat
 */
public record CaseComparison(
    String caseId,
    String description,
    String prompt,
    Outcome outcome,
    boolean flaky,
    List<CaseResult> baseline,
    List<CaseResult> candidate) {

  public CaseComparison {
    baseline = List.copyOf(baseline);
    candidate = List.copyOf(candidate);
  }

  static CaseComparison of(EvalCase c, List<CaseResult> baseline, List<CaseResult> candidate) {
    Outcome outcome = Outcome.of(Outcome.verdict(baseline), Outcome.verdict(candidate));
    return new CaseComparison(
        c.id(),
        c.description(),
        c.lastUserText(),
        outcome,
        mixed(baseline) || mixed(candidate),
        baseline,
        candidate);
  }

  private static boolean mixed(List<CaseResult> results) {
    return results.stream().map(CaseResult::passed).distinct().count() > 1;
  }
}
