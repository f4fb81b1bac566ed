package dev.claudemigrate.bedrock.smoke.shapes;

import dev.claudemigrate.bedrock.ConverseCaller;
import dev.claudemigrate.bedrock.ConverseOutcome;
import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.bedrock.Diagnosis.Kind;
import dev.claudemigrate.bedrock.InvokeOutcome;
import dev.claudemigrate.bedrock.smoke.CheckResult;
import dev.claudemigrate.bedrock.smoke.SmokeRenderer;
import dev.claudemigrate.bedrock.smoke.StopReasons;
import dev.claudemigrate.catalog.Price;
import dev.claudemigrate.engine.requests.RequestShape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Sends the planned call of each shape, in order, through the caller for its region, and stops
 * before a call that would pass {@code --max-calls} or, by its estimate added to what the calls so
 * far cost, {@code --budget}; no call after that one is sent. A shape passes when Bedrock accepts
 * the request and answers with a stop reason a working app handles ({@code end_turn}, {@code
 * tool_use}, {@code max_tokens}, {@code stop_sequence}); a refusal, a guardrail intervention or an
 * unknown stop reason fails, as does every error, with Bedrock's answer diagnosed.
 */
public final class ShapeRunner {
  private static final Set<String> ACCEPTED =
      Set.of("end_turn", "tool_use", "max_tokens", "stop_sequence");

  /**
   * A runner with limits on calls and spend.
   *
   * @param maxCalls the most calls to send, or null for no limit
   * @param budget the most to spend in USD by estimate, or null for no limit
   */
  public record Limits(Integer maxCalls, BigDecimal budget) {}

  private final Function<String, ConverseCaller> callers;
  private final Function<String, Optional<Price>> prices;
  private final Limits limits;

  /**
   * @param callers the caller for a region
   * @param prices the catalog price of a model ID
   */
  public ShapeRunner(
      Function<String, ConverseCaller> callers,
      Function<String, Optional<Price>> prices,
      Limits limits) {
    this.callers = callers;
    this.prices = prices;
    this.limits = limits;
  }

  public List<ShapeResult> run(List<PlannedCall> calls) {
    List<ShapeResult> out = new ArrayList<>();
    int sent = 0;
    BigDecimal spent = BigDecimal.ZERO;
    String stopped = null;
    for (PlannedCall c : calls) {
      Optional<String> stop = stopped != null ? Optional.of(stopped) : stop(c, sent, spent);
      if (stop.isPresent()) {
        out.add(ShapeResult.notSent(c, stop.get()));
        stopped =
            stopped != null ? stopped : "not sent: the run stopped at a limit before this call";
        continue;
      }
      ShapeResult r = send(c);
      sent++;
      spent = spent.add(r.cost() == null ? BigDecimal.ZERO : r.cost());
      out.add(r);
    }
    return out;
  }

  private Optional<String> stop(PlannedCall c, int sent, BigDecimal spent) {
    if (limits.maxCalls() != null && sent >= limits.maxCalls()) {
      return Optional.of("not sent: --max-calls " + limits.maxCalls() + " reached");
    }
    BigDecimal next = c.cost() == null ? BigDecimal.ZERO : c.cost();
    if (limits.budget() != null && spent.add(next).compareTo(limits.budget()) > 0) {
      return Optional.of(
          "not sent: about "
              + SmokeRenderer.dollars(next)
              + " more would pass --budget "
              + SmokeRenderer.dollars(limits.budget())
              + " (spent "
              + SmokeRenderer.dollars(spent)
              + ")");
    }
    return Optional.empty();
  }

  private ShapeResult send(PlannedCall c) {
    ConverseCaller caller = callers.apply(c.region());
    RequestShape s = c.use().shape();
    if (s.api() == RequestShape.Api.CONVERSE) {
      ConverseOutcome o = caller.converse(ShapeCalls.converse(c.modelId(), s));
      List<String> tools = o.toolUses().stream().map(t -> t.name()).toList();
      return judge(
          c,
          o.diagnosis(),
          o.stopReason(),
          o.text(),
          tools,
          o.latencyMs(),
          o.inputTokens(),
          o.outputTokens(),
          o.attempts());
    }
    InvokeOutcome o = caller.invokeModel(ShapeCalls.invoke(c.modelId(), s), c.body());
    return judge(
        c,
        o.diagnosis(),
        o.stopReason(),
        o.text(),
        o.toolUses(),
        o.latencyMs(),
        o.inputTokens(),
        o.outputTokens(),
        o.attempts());
  }

  private ShapeResult judge(
      PlannedCall c,
      Diagnosis failed,
      String stop,
      String text,
      List<String> tools,
      Long latency,
      long in,
      long out,
      int attempts) {
    BigDecimal cost = prices.apply(c.modelId()).map(p -> p.cost(in, out)).orElse(null);
    if (failed != null) {
      return new ShapeResult(
          c, CheckResult.Status.FAIL, latency, in, out, cost, attempts, failed.message(), failed);
    }
    if (!ACCEPTED.contains(stop)) {
      Diagnosis d =
          "refusal".equals(stop)
              ? new Diagnosis(
                  Kind.REFUSAL,
                  "stop_reason 'refusal': the model declined the turn",
                  "handle stop_reason refusal in the app and remove the refused turn before continuing")
              : StopReasons.judge(stop, "end_turn", c.use().shape().guardrailId()).orElseThrow();
      return new ShapeResult(
          c, CheckResult.Status.FAIL, latency, in, out, cost, attempts, d.message(), d);
    }
    String seen =
        tools.isEmpty() ? "answered: " + shorten(text) : "called " + String.join(", ", tools);
    return new ShapeResult(
        c, CheckResult.Status.PASS, latency, in, out, cost, attempts, stop + ", " + seen, null);
  }

  private static String shorten(String text) {
    String one = text.replaceAll("\\s+", " ").strip();
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }
}
