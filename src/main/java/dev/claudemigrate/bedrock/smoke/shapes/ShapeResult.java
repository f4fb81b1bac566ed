package dev.claudemigrate.bedrock.smoke.shapes;

import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.bedrock.smoke.CheckResult;
import java.math.BigDecimal;

/**
 * What the smoke call of one request shape gave.
 *
 * @param call the planned call
 * @param status pass, fail, or skip (not sent: dry run, --max-calls or --budget)
 * @param latencyMs Bedrock's latency, or null without an answer
 * @param inputTokens input tokens billed (estimated for a call not sent)
 * @param outputTokens output tokens billed (estimated for a call not sent)
 * @param cost cost in USD from the catalog price (estimated for a call not sent), or null
 * @param attempts attempts made (0 when not sent)
 * @param detail one line on what was seen
 * @param diagnosis why it failed and the fix, or null
 */
public record ShapeResult(
    PlannedCall call,
    CheckResult.Status status,
    Long latencyMs,
    long inputTokens,
    long outputTokens,
    BigDecimal cost,
    int attempts,
    String detail,
    Diagnosis diagnosis) {

  /** A call not sent, with its estimate and the reason. */
  public static ShapeResult notSent(PlannedCall call, String why) {
    return new ShapeResult(
        call,
        CheckResult.Status.SKIP,
        null,
        call.inputTokens(),
        call.outputTokens(),
        call.cost(),
        0,
        why,
        null);
  }
}
