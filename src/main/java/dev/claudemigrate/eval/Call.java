package dev.claudemigrate.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One call a run makes: a case, on one side, one repeat, with the fingerprint its result is stored
 * under.
 *
 * @param evalCase the case
 * @param side baseline or candidate
 * @param repeat the repeat number, from 1
 * @param fingerprint a hash of the request and the checks (see {@link EvalRunner#fingerprint})
 */
public record Call(EvalCase evalCase, Side side, int repeat, String fingerprint) {

  /** The key its result is stored under. */
  public ResultKey key(RunPlan plan) {
    return new ResultKey(evalCase.id(), side, plan.model(side), repeat);
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
          String fp = EvalRunner.fingerprint(plan.request(c, side), c.assertions());
          Call call = new Call(c, side, k, fp);
          if (!store.has(call.key(plan), fp)) {
            todo.add(call);
          }
        }
      }
    }
    return todo;
  }
}
