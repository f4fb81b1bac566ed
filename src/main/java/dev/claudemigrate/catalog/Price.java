package dev.claudemigrate.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * On-demand price in USD per million tokens.
 *
 * @param input price of input tokens
 * @param output price of output tokens (thinking tokens are billed as output)
 * @param note which profiles or contexts this applies to
 * @param source where it was read
 */
public record Price(BigDecimal input, BigDecimal output, String note, Source source) {

  /** Estimated cost in USD of one call. */
  public BigDecimal cost(long inputTokens, long outputTokens) {
    BigDecimal million = BigDecimal.valueOf(1_000_000);
    return input
        .multiply(BigDecimal.valueOf(inputTokens))
        .add(output.multiply(BigDecimal.valueOf(outputTokens)))
        .divide(million, 8, RoundingMode.HALF_UP);
  }
}
