package dev.claudemigrate.eval.report;

import dev.claudemigrate.eval.EvalReport;
import dev.claudemigrate.eval.Outcome;

/** The one-line summary every report and the console start with. */
public final class Summary {
  private Summary() {}

  /**
   * E.g. {@code 2 regressions, 3 improvements, 0 errors, 14 passing on both, 1 failing on both · 20
   * cases × 1 repeat}.
   */
  public static String headline(EvalReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(plural(r.counts().get(Outcome.REGRESSION), "regression")).append(", ");
    sb.append(plural(r.counts().get(Outcome.IMPROVEMENT), "improvement")).append(", ");
    sb.append(plural(r.counts().get(Outcome.ERROR), "error")).append(", ");
    sb.append(r.counts().get(Outcome.BOTH_PASS)).append(" passing on both, ");
    sb.append(r.counts().get(Outcome.BOTH_FAIL)).append(" failing on both · ");
    sb.append(plural(r.cases().size(), "case"))
        .append(" × ")
        .append(plural(r.plan().repeat(), "repeat"));
    if (r.plan().guardrail() != null) {
      sb.append(" · guardrail ")
          .append(r.plan().guardrail().id())
          .append(':')
          .append(r.plan().guardrail().version());
    }
    if (r.plan().candidateThinkingBudget() != null) {
      sb.append(" · candidate thinking budget ").append(r.plan().candidateThinkingBudget());
    }
    if (!r.datasetErrors().isEmpty()) {
      sb.append(" · ").append(plural(r.datasetErrors().size(), "unreadable case"));
    }
    return sb.toString();
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
