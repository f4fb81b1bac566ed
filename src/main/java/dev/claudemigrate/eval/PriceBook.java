package dev.claudemigrate.eval;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Price;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Prices per model ID: the catalog's, unless the user gave one for that ID. */
public final class PriceBook {
  private final Catalog catalog;
  private final Map<String, Price> overrides;
  private final BigDecimal rate;

  /**
   * @param overrides prices by model ID that win over the catalog
   */
  public PriceBook(Catalog catalog, Map<String, Price> overrides) {
    this(catalog, overrides, BigDecimal.ONE);
  }

  private PriceBook(Catalog catalog, Map<String, Price> overrides, BigDecimal rate) {
    this.catalog = catalog;
    this.overrides = Map.copyOf(overrides);
    this.rate = rate;
  }

  /** Bedrock batch inference bills half the on-demand price (reference section 9). */
  public static final BigDecimal BATCH_RATE = new BigDecimal("0.5");

  /** The same prices at the batch rate; costs of batch answers are computed with this. */
  public PriceBook atBatchRate() {
    return new PriceBook(catalog, overrides, BATCH_RATE);
  }

  /** The price of calls to {@code modelId}, if known. */
  public Optional<Price> price(String modelId) {
    Price p = overrides.get(modelId);
    if (p != null) {
      return Optional.of(p);
    }
    return catalog.identify(modelId).map(IdMatch::model).map(m -> m.price());
  }

  /** The cost of one call in USD, or null when the price is unknown. */
  BigDecimal cost(String modelId, long inputTokens, long outputTokens) {
    return price(modelId)
        .map(p -> p.cost(inputTokens, outputTokens))
        .map(c -> rate.compareTo(BigDecimal.ONE) == 0 ? c : c.multiply(rate))
        .orElse(null);
  }

  /** Parses {@code MODEL=INPUT/OUTPUT} (USD per million tokens), as given to {@code --price}. */
  public static Map.Entry<String, Price> parse(String spec) {
    int eq = spec.lastIndexOf('=');
    String[] io = eq < 0 ? new String[0] : spec.substring(eq + 1).split("/");
    if (eq <= 0 || io.length != 2) {
      throw new IllegalArgumentException(
          "--price wants MODEL=INPUT/OUTPUT in USD per million tokens, e.g. us.anthropic.claude-sonnet-4-20250514-v1:0=3/15; got '"
              + spec
              + "'");
    }
    try {
      return Map.entry(
          spec.substring(0, eq),
          new Price(new BigDecimal(io[0].strip()), new BigDecimal(io[1].strip()), "--price", null));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--price: not a number in '" + spec + "'");
    }
  }
}
