package dev.claudemigrate.eval;

import java.math.BigDecimal;

/**
 * Candidate minus baseline for each figure of {@link ModelStats} (rates as fractions).
 *
 * @param passRate change of pass rate
 * @param refusalRate change of refusal rate
 * @param guardrailRate change of guardrail-intervention rate
 * @param errorRate change of error rate
 * @param latencyP50 change of median latency, ms
 * @param latencyP95 change of p95 latency, ms
 * @param inputTokens change of input tokens
 * @param outputTokens change of output tokens
 * @param thinkingTokens change of thinking tokens
 * @param cost change of cost in USD, or null when a price is unknown
 */
public record Deltas(
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

  static Deltas of(ModelStats b, ModelStats c) {
    return new Deltas(
        c.passRate() - b.passRate(),
        c.refusalRate() - b.refusalRate(),
        c.guardrailRate() - b.guardrailRate(),
        c.errorRate() - b.errorRate(),
        c.latencyP50() - b.latencyP50(),
        c.latencyP95() - b.latencyP95(),
        c.inputTokens() - b.inputTokens(),
        c.outputTokens() - b.outputTokens(),
        c.thinkingTokens() - b.thinkingTokens(),
        b.cost() == null || c.cost() == null ? null : c.cost().subtract(b.cost()));
  }
}
