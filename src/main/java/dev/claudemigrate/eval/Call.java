package dev.claudemigrate.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One call a run makes: a case, on one side, one repeat. The fingerprint its result is stored under
 * (a hash of the request and the checks, {@link EvalRunner#fingerprint}) is made when the result
 * is, not here: a fresh run has no stored result to compare it with, and hashing every call up
 * front kept the first call waiting (JSON set-up and one hash per call: 0.3-0.5 s of a 400-call
 * start under load, docs/performance.md).
 *
 * @param evalCase the case
 * @param side baseline or candidate
 * @param repeat the repeat number, from 1
 */
public record Call(EvalCase evalCase, Side side, int repeat) {

  /** The key its result is stored under. */
  public ResultKey key(RunPlan plan) {
    return new ResultKey(evalCase.id(), side, plan.model(side), repeat);
  }

  /** The fingerprint of this call's result under {@code plan}. */
  String fingerprint(RunPlan plan) {
    return fingerprint(plan.request(evalCase, side));
  }

  /** The fingerprint of this call's result when it sends {@code request}. */
  String fingerprint(ModelRequest request) {
    return EvalRunner.fingerprint(request, evalCase.assertions());
  }

  /**
   * The calls {@code store} does not hold yet, case by case, repeat by repeat, baseline first. Both
   * the on-demand runner and batch mode start from this list, so a resumed run skips the same work.
   */
  public static List<Call> todo(List<EvalCase> cases, RunPlan plan, ResultStore store) {
    List<Call> todo = new ArrayList<>();
    for (EvalCase c : cases) {
      for (int k = 1; k <= plan.repeat(); k++) {
        for (Side side : Side.values()) {
          Call call = new Call(c, side, k);
          if (!store.has(call.key(plan), () -> call.fingerprint(plan))) {
            todo.add(call);
          }
        }
      }
    }
    return todo;
  }
}
