package dev.claudemigrate.engine.syntax;

import java.util.Arrays;

/**
 * The brackets of one text, matched once: for each kind (braces, parentheses, square brackets, each
 * counted on its own and quotes not skipped, as {@link TextScan#unclosedBefore} counts them) every
 * opener in order with the position of its closer and the opener it was opened inside. The nearest
 * opener still open at an offset is then the last opener before it, or the one it was opened
 * inside, and so on: a binary search and a climb through brackets. Scanning back from each offset
 * instead read a whole large file once per model ID when a bracket early in it never closed
 * (Markdown: 10 s for a 4 MB chat log).
 */
final class BracketIndex {
  private final int[][] open = new int[3][];
  private final int[][] close = new int[3][];
  private final int[][] inside = new int[3][];

  BracketIndex(String text) {
    byte[] bracketOf = TextScan.BRACKET_OF;
    int[] count = new int[3];
    int[][] stack = new int[3][16];
    int[] depth = new int[3];
    for (int k = 0; k < 3; k++) {
      open[k] = new int[16];
      close[k] = new int[16];
      inside[k] = new int[16];
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int b = c < bracketOf.length ? bracketOf[c] : -1;
      if (b < 0) {
        continue;
      }
      int k = b / 2;
      if (b % 2 == 0) {
        int n = count[k]++;
        if (n == open[k].length) {
          open[k] = Arrays.copyOf(open[k], n * 2);
          close[k] = Arrays.copyOf(close[k], n * 2);
          inside[k] = Arrays.copyOf(inside[k], n * 2);
        }
        open[k][n] = i;
        close[k][n] = Integer.MAX_VALUE; // until its closer comes, if it does
        inside[k][n] = depth[k] == 0 ? -1 : stack[k][depth[k] - 1];
        if (depth[k] == stack[k].length) {
          stack[k] = Arrays.copyOf(stack[k], depth[k] * 2);
        }
        stack[k][depth[k]++] = n;
      } else if (depth[k] > 0) {
        close[k][stack[k][--depth[k]]] = i;
      }
    }
    for (int k = 0; k < 3; k++) {
      open[k] = Arrays.copyOf(open[k], count[k]);
    }
  }

  /** The nearest opener of kind {@code k} before {@code offset} not closed before it, or -1. */
  int unclosedBefore(int k, int offset) {
    int[] o = open[k];
    // Openers stand at distinct positions: the last one before offset is one less than the
    // opener at offset itself, or than the insertion point.
    int at = Arrays.binarySearch(o, offset);
    int i = (at >= 0 ? at : -at - 1) - 1;
    while (i >= 0 && close[k][i] < offset) {
      i = inside[k][i];
    }
    return i < 0 ? -1 : o[i];
  }
}
