package dev.claudemigrate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Price;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prices: the catalog's for any form of a known ID, the user's where given. */
class PriceBookTest {
  @Test
  void catalogPricesCoverProfileIdsAndOverridesWin() {
    Map.Entry<String, Price> custom = PriceBook.parse("my-app-profile=6/30");
    PriceBook prices =
        new PriceBook(
            Catalog.builtin(),
            Map.ofEntries(
                custom, PriceBook.parse("us.anthropic.claude-sonnet-4-20250514-v1:0=1/2")));
    assertEquals(
        0,
        new BigDecimal("0.0045")
            .compareTo(prices.cost("us.anthropic.claude-3-5-sonnet-20241022-v2:0", 1000, 100)),
        "3 / 15 per MTok");
    assertEquals(
        0,
        new BigDecimal("0.0012")
            .compareTo(prices.cost("us.anthropic.claude-sonnet-4-20250514-v1:0", 1000, 100)),
        "override 1 / 2");
    assertEquals(0, new BigDecimal("0.009").compareTo(prices.cost("my-app-profile", 1000, 100)));
    assertNull(prices.cost("amazon.nova-pro-v1:0", 1000, 100), "unknown model: no price, no guess");
  }

  @Test
  void badPriceSpecsSayWhatIsExpected() {
    assertEquals(
        "--price wants MODEL=INPUT/OUTPUT in USD per million tokens, e.g. us.anthropic.claude-sonnet-4-20250514-v1:0=3/15; got 'x=3'",
        assertThrows(IllegalArgumentException.class, () -> PriceBook.parse("x=3")).getMessage());
    assertEquals(
        "--price: not a number in 'x=a/b'",
        assertThrows(IllegalArgumentException.class, () -> PriceBook.parse("x=a/b")).getMessage());
  }
}
