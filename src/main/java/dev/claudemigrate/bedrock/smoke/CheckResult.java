package dev.claudemigrate.bedrock.smoke;

import dev.claudemigrate.bedrock.Diagnosis;
import java.math.BigDecimal;

/**
 * The outcome of one check.
 *
 * @param name the check name in reports ({@code basic}, {@code basic:greeting}, {@code tools}, ...)
 * @param check which check
 * @param status pass, fail or skip
 * @param latencyMs Bedrock-reported latency summed over the check's turns, or null without an
 *     answer
 * @param inputTokens input tokens over all turns
 * @param outputTokens output tokens over all turns (thinking included)
 * @param cost estimated USD cost from the catalog price, or null when the price is unknown
 * @param attempts attempts over all turns (more than the turns when retried)
 * @param detail one line on what was seen
 * @param diagnosis why it failed and the fix, or null
 */
public record CheckResult(
    String name,
    SmokeCheck check,
    Status status,
    Long latencyMs,
    long inputTokens,
    long outputTokens,
    BigDecimal cost,
    int attempts,
    String detail,
    Diagnosis diagnosis) {

  /** Pass, fail, or skip (a check that does not apply, e.g. guardrail without --guardrail-id). */
  public enum Status {
    PASS,
    FAIL,
    SKIP
  }
}
