package dev.claudemigrate.engine.rules.betaheader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The enum of every beta a caller may opt into, and the quick test in front of it. */
class BetaEnumerationsTest {
  private static final String SWIFT =
      """
      import Foundation

      public enum AnthropicBeta: String {
          case messageBatches = "message-batches-2024-09-24"
          case computerUse = "computer-use-2024-10-22"
          case tokenEfficientTools = "token-efficient-tools-2025-02-19"
      }
      """;

  private static final String PYTHON =
      """
      class Beta(StrEnum):
          BATCHES = "message-batches-2024-09-24"
          COMPUTER = "computer-use-2024-10-22"
          TOOLS = "token-efficient-tools-2025-02-19"
      """;

  private static final String PLAIN =
      """
      numbers = [1, 2, 3]
      headers = {"anthropic-beta": "computer-use-2024-10-22"}
      """;

  @Test
  void aBetaInAnEnumOfManyBetasIsTheEnumsNotAUse() {
    assertTrue(BetaEnumerations.isEnumOfBetas(SWIFT, SWIFT.indexOf("computer-use")));
    assertTrue(BetaEnumerations.isEnumOfBetas(PYTHON, PYTHON.indexOf("computer-use")));
    assertFalse(BetaEnumerations.isEnumOfBetas(PLAIN, PLAIN.indexOf("computer-use")));
  }

  @Test
  void theQuickTestFindsEnumOnlyWithinItsRange() {
    assertTrue(BetaEnumerations.namesAnEnum(SWIFT, 0, SWIFT.length()));
    assertTrue(BetaEnumerations.namesAnEnum(PYTHON, 0, PYTHON.length()));
    int e = SWIFT.indexOf("enum");
    assertTrue(BetaEnumerations.namesAnEnum(SWIFT, e, e + 4));
    assertFalse(BetaEnumerations.namesAnEnum(SWIFT, e + 1, SWIFT.length()), "starts before");
    assertFalse(BetaEnumerations.namesAnEnum(SWIFT, 0, e + 3), "ends after");
    assertFalse(BetaEnumerations.namesAnEnum(PLAIN, 0, PLAIN.length()), "numbers is no enum");
    assertFalse(BetaEnumerations.namesAnEnum("num", 0, 3));
  }

  @Test
  void whereTheQuickTestSaysNoTheExpressionFindsNothing() {
    for (String text : List.of(SWIFT, PYTHON, PLAIN)) {
      for (int from = 0; from < text.length(); from += 7) {
        for (int to = from; to <= text.length(); to += 11) {
          boolean found = BetaEnumerations.ENUM.finder(text, from, to).next();
          if (found) {
            assertTrue(BetaEnumerations.namesAnEnum(text, from, to), from + ".." + to);
          }
        }
      }
    }
    assertEquals(
        BetaEnumerations.isEnumOfBetas(SWIFT, SWIFT.indexOf("token")),
        BetaEnumerations.ENUM.finder(SWIFT, 0, SWIFT.indexOf("token")).next());
  }
}
