package dev.claudemigrate.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The openers before an offset, from the bounded scan back and the bracket index, against reading
 * back from the offset to the text's start (what they replaced).
 */
class BracketIndexTest {
  @Test
  void sameOpenersAsReadingBackToTheStartInRandomTexts() {
    Random random = new Random(11);
    String alphabet = "aaaaaaaa{}()[]\"\n ";
    for (int round = 0; round < 40; round++) {
      // Lengths on both sides of the scan-back bound; some texts with far more openers than
      // closers (a stray bracket early that never closes), some with more closers.
      int length = 1 + random.nextInt(3 * TextScan.SCAN_BACK);
      StringBuilder sb = new StringBuilder();
      String skewed = round % 3 == 0 ? "{([" : round % 3 == 1 ? "})]" : "";
      for (int i = 0; i < length; i++) {
        sb.append(
            !skewed.isEmpty() && random.nextInt(50) == 0
                ? skewed.charAt(random.nextInt(3))
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (int probe = 0; probe < 200; probe++) {
        int offset = random.nextInt(text.length() + 1);
        assertArrayEquals(
            TextScan.openersOnce(text, offset, 0),
            TextScan.openers(text, offset),
            "round " + round + ", offset " + offset);
      }
    }
  }

  @Test
  void anEarlyBracketThatNeverClosesIsFoundFromFarAway() {
    String text = "[intro\n" + "x".repeat(3 * TextScan.SCAN_BACK) + "(a) {b} claude";
    int at = text.indexOf("claude");
    int[] expected = {-1, -1, 0};
    assertArrayEquals(expected, TextScan.openers(text, at));
    assertArrayEquals(expected, TextScan.openersOnce(text, at, 0));
  }

  @Test
  void theIndexAloneAgreesAtEveryOffset() {
    String text = "{a[b(c)d]e}f)g(h[i{j\"k}\"]l)m";
    BracketIndex index = new BracketIndex(text);
    for (int offset = 0; offset <= text.length(); offset++) {
      int[] expected = TextScan.openersOnce(text, offset, 0);
      for (int k = 0; k < 3; k++) {
        assertArrayEquals(
            new int[] {expected[k]},
            new int[] {index.unclosedBefore(k, offset)},
            "kind " + k + " at " + offset);
      }
    }
  }
}
