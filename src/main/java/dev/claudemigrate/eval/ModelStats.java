package dev.claudemigrate.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One model's figures over every call of a run (each repeat counts).
 *
 * @param model the model ID
 * @param calls calls made
 * @param passed calls whose checks all passed
 * @param passRate passed / calls
 * @param refusalRate refusals / calls
 * @param guardrailRate guardrail interventions / calls
 * @param errorRate failed calls / calls
 * @param latencyP50 median latency of the successful calls, ms
 * @param latencyP95 95th-percentile latency of the successful calls, ms
 * @param inputTokens input tokens, summed
 * @param outputTokens output tokens, summed (thinking included)
 * @param thinkingTokens thinking tokens, summed (estimated)
 * @param cost estimated cost in USD, or null when the model's price is unknown
 */
public record ModelStats(
    String model,
    int calls,
    int passed,
    double passRate,
    double refusalRate,
    double guardrailRate,
    double errorRate,
    long latencyP50,
    long latencyP95,
    long inputTokens,
    long outputTokens,
    long thinkingTokens,
    BigDecimal cost) {

  static ModelStats of(String model, List<CaseResult> results) {
    int n = results.size();
    List<Long> latencies =
        results.stream()
            .filter(r -> r.error() == null)
            .map(CaseResult::latencyMs)
            .sorted()
            .toList();
    boolean priced =
        results.stream().filter(r -> r.error() == null).allMatch(r -> r.cost() != null);
    BigDecimal cost =
        priced
            ? results.stream()
                .map(CaseResult::cost)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
            : null;
    return new ModelStats(
        model,
        n,
        count(results, CaseResult::passed),
        rate(count(results, CaseResult::passed), n),
        rate(count(results, CaseResult::refusal), n),
        rate(count(results, CaseResult::guardrail), n),
        rate(count(results, r -> r.error() != null), n),
        percentile(latencies, 50),
        percentile(latencies, 95),
        results.stream().mapToLong(CaseResult::inputTokens).sum(),
        results.stream().mapToLong(CaseResult::outputTokens).sum(),
        results.stream().mapToLong(CaseResult::thinkingTokens).sum(),
        cost);
  }

  private static int count(List<CaseResult> results, Predicate<CaseResult> p) {
    return (int) results.stream().filter(p).count();
  }

  private static double rate(int k, int n) {
    return n == 0 ? 0 : (double) k / n;
  }

  /** Nearest-rank percentile of sorted values; 0 when there are none. */
  static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
