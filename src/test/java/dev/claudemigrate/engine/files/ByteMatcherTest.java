package dev.claudemigrate.engine.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteMatcherTest {
  private static BitSet naive(List<String> patterns, String text) {
    BitSet b = new BitSet();
    for (int i = 0; i < patterns.size(); i++) {
      if (!patterns.get(i).isEmpty() && text.contains(patterns.get(i))) {
        b.set(i);
      }
    }
    return b;
  }

  @Test
  void findsOverlappingAndNestedPatterns() {
    List<String> p = List.of("he", "she", "his", "hers", "", "claude-3-5", "3-5-sonnet");
    ByteMatcher m = ByteMatcher.of(p);
    assertEquals(naive(p, "ushers"), m.find("ushers".getBytes(StandardCharsets.UTF_8)));
    String t = "model = 'anthropic.claude-3-5-sonnet-20240620-v1:0'";
    assertEquals(naive(p, t), m.find(t.getBytes(StandardCharsets.UTF_8)));
    assertEquals(new BitSet(), m.find(new byte[0]));
    assertNull(
        ByteMatcher.of(List.of("claude"))
            .findOrNull("no model".getBytes(StandardCharsets.UTF_8), 8));
  }

  @Test
  void agreesWithNaiveSearchOnRandomInput() {
    Random r = new Random(42);
    for (int round = 0; round < 200; round++) {
      List<String> p =
          List.of(
              rand(r, 1 + r.nextInt(4)), rand(r, 1 + r.nextInt(4)), rand(r, 2), "é" + rand(r, 1));
      String text = rand(r, r.nextInt(300)) + "é";
      assertEquals(
          naive(p, text),
          ByteMatcher.of(p).find(text.getBytes(StandardCharsets.UTF_8)),
          p + " in " + text);
    }
  }

  @Test
  void findsPatternsAcrossEveryQuarterAndOnlyWithinTheLength() {
    List<String> p = List.of("claude-3-5-sonnet", "x", "egion");
    ByteMatcher m = ByteMatcher.of(p);
    // Every start from the first byte to the last, in texts of 17 to 137 bytes: the pattern lies
    // across each of the three boundaries between the four automata's quarters at some point.
    for (int pad = 0; pad < 80; pad++) {
      for (int tail = 0; tail < 40; tail++) {
        String text = "-".repeat(pad) + "claude-3-5-sonnet" + "-".repeat(tail);
        assertEquals(naive(p, text), m.find(text.getBytes(StandardCharsets.UTF_8)), text);
      }
    }
    byte[] buffer = "aaaa egion xxxx".getBytes(StandardCharsets.UTF_8);
    assertEquals(new BitSet(), m.find(buffer, 4), "bytes past the length are stale");
    assertEquals(naive(p, "aaaa egion"), m.find(buffer, 10));
  }

  private static String rand(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + r.nextInt(3)));
    }
    return sb.toString();
  }
}
