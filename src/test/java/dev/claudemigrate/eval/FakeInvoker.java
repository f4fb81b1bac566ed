package dev.claudemigrate.eval;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A model answering deterministically per model ID and prompt, counting calls and the most in
 * flight at once. Calls wait at a gate until enough of them are in flight (or a short time passed),
 * so a bound that is not enforced shows up as more calls in flight than allowed.
 */
final class FakeInvoker implements ModelInvoker {
  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  private final Function<ModelRequest, ModelResponse> answer;
  private final CountDownLatch gate;

  FakeInvoker(Function<ModelRequest, ModelResponse> answer, int gatherAtGate) {
    this.answer = answer;
    this.gate = new CountDownLatch(gatherAtGate);
  }

  /**
   * Baseline answers "30 days" only to even-numbered prompts, candidate to all; latency from the
   * prompt.
   */
  static ModelResponse byModel(ModelRequest r) {
    String prompt = r.messages().get(r.messages().size() - 1).text();
    int n =
        Integer.parseInt(
            prompt.replaceAll("\\D", "0").isEmpty() ? "0" : prompt.replaceAll("\\D", ""));
    boolean candidate = r.modelId().contains("sonnet-4");
    String text = candidate || n % 2 == 0 ? "Returns within 30 days." : "Returns within a month.";
    if (candidate && n % 5 == 0) {
      text = "We take returns.";
    }
    return new ModelResponse(
        text,
        List.of(),
        "end_turn",
        50 + n,
        10 + n % 7,
        0,
        (candidate ? 1500 : 1000) + 37L * n,
        null);
  }

  @Override
  public ModelResponse invoke(ModelRequest request) {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    calls.incrementAndGet();
    try {
      gate.countDown();
      gate.await(200, TimeUnit.MILLISECONDS);
      return answer.apply(request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ModelResponse.failed("interrupted", 0);
    } finally {
      inFlight.decrementAndGet();
    }
  }
}
