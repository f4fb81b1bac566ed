package dev.claudemigrate.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one answer into a stored result: its cost, its checks (a judge model grades {@code
 * llm-rubric} ones), refusal and guardrail flags. On-demand runs and batch jobs grade the same way,
 * so the same answers give the same report whichever way they were fetched.
 */
public final class Grader {
  private final Assertions assertions;
  private final PriceBook prices;
  private final boolean latencyMeasured;

  /**
   * @param judgeInvoker calls the judge model (always on demand), or null when no judge is used
   * @param judgeModel the model that grades {@code llm-rubric} checks, or null
   * @param prices the prices costs are computed with
   * @param latencyMeasured false for batch answers, which carry no latency: their {@code
   *     max-latency-ms} checks fail saying so instead of passing on a latency of 0
   */
  public Grader(
      ModelInvoker judgeInvoker, String judgeModel, PriceBook prices, boolean latencyMeasured) {
    this.assertions =
        new Assertions(judgeModel == null ? null : new Judge(judgeInvoker, judgeModel));
    this.prices = prices;
    this.latencyMeasured = latencyMeasured;
  }

  /** The result of {@code call}, which sent {@code request} and got {@code r}. */
  public CaseResult grade(Call call, ModelRequest request, ModelResponse r) {
    BigDecimal cost =
        r.failed() ? null : prices.cost(request.modelId(), r.inputTokens(), r.outputTokens());
    List<AssertionResult> checks = assertions.check(call.evalCase(), r, cost);
    if (!latencyMeasured && !r.failed()) {
      checks = withoutLatency(call.evalCase().assertions(), checks);
    }
    boolean passed = !r.failed() && checks.stream().allMatch(AssertionResult::pass);
    return new CaseResult(
        call.evalCase().id(),
        call.side(),
        request.modelId(),
        call.repeat(),
        call.fingerprint(request),
        r.text(),
        r.toolCalls(),
        r.stopReason(),
        r.inputTokens(),
        r.outputTokens(),
        r.thinkingTokens(),
        r.latencyMs(),
        cost,
        StopReasons.refusal(r),
        StopReasons.guardrail(r),
        r.error(),
        checks,
        passed);
  }

  /** Replaces latency checks, which a batch answer cannot pass or fail, by a failure saying so. */
  private static List<AssertionResult> withoutLatency(
      List<AssertionSpec> specs, List<AssertionResult> checks) {
    List<AssertionResult> out = new ArrayList<>(checks);
    for (int i = 0; i < specs.size() && i < out.size(); i++) {
      if (specs.get(i).type() == AssertionType.MAX_LATENCY_MS) {
        out.set(
            i,
            new AssertionResult(
                specs.get(i).describe(),
                false,
                "batch jobs measure no latency per call; run this case on demand to check it"));
      }
    }
    return out;
  }
}
