package dev.claudemigrate.bedrock.smoke;

import dev.claudemigrate.bedrock.ConverseOutcome;
import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.catalog.Price;
import java.math.BigDecimal;

/** Adds up latency, tokens and attempts over the turns of one check and makes its result. */
final class Tally {
  private final String name;
  private final SmokeCheck check;
  private final Price price;
  private Long latencyMs;
  private long inputTokens;
  private long outputTokens;
  private int attempts;

  Tally(String name, SmokeCheck check, Price price) {
    this.name = name;
    this.check = check;
    this.price = price;
  }

  /** Counts one turn and hands it back. */
  ConverseOutcome add(ConverseOutcome o) {
    attempts += o.attempts();
    inputTokens += o.inputTokens();
    outputTokens += o.outputTokens();
    if (o.latencyMs() != null) {
      latencyMs = (latencyMs == null ? 0 : latencyMs) + o.latencyMs();
    }
    return o;
  }

  CheckResult pass(String detail) {
    return result(CheckResult.Status.PASS, detail, null);
  }

  CheckResult fail(Diagnosis diagnosis) {
    return result(CheckResult.Status.FAIL, diagnosis.message(), diagnosis);
  }

  private CheckResult result(CheckResult.Status status, String detail, Diagnosis diagnosis) {
    BigDecimal cost = price == null ? null : price.cost(inputTokens, outputTokens);
    return new CheckResult(
        name,
        check,
        status,
        latencyMs,
        inputTokens,
        outputTokens,
        cost,
        attempts,
        detail,
        diagnosis);
  }
}
