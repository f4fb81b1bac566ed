package dev.claudemigrate.engine.source;

import java.util.Arrays;

/**
 * Maps character offsets of a text to 1-based lines and columns, counting \n, \r\n and \r as
 * breaks.
 */
public final class LineIndex {
  private final int[] lineStarts;
  private final int length;

  public LineIndex(CharSequence text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    int len = text.length();
    if (text instanceof String s && s.indexOf('\r') < 0) {
      // Only \n breaks: the JDK's fast search finds them without a loop over every char.
      for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
        starts = add(starts, n++, i + 1);
      }
    } else {
      for (int i = 0; i < len; i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
          starts = add(starts, n++, i + 1);
        }
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.length = len;
  }

  private static int[] add(int[] starts, int at, int value) {
    int[] out = at == starts.length ? Arrays.copyOf(starts, at * 2) : starts;
    out[at] = value;
    return out;
  }

  /** The 1-based line that holds {@code offset}. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), length));
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The 1-based column of {@code offset} on its line, counted in characters. */
  public int column(int offset) {
    return offset - lineStart(line(offset)) + 1;
  }

  /** The offset at which 1-based {@code line} starts. */
  public int lineStart(int line) {
    return lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1];
  }

  /** The offset just past the end of 1-based {@code line}'s content (before its separator). */
  public int lineEnd(int line, CharSequence text) {
    int end = line < lineStarts.length ? lineStarts[line] : length;
    while (end > lineStart(line)
        && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  public int lineCount() {
    return lineStarts.length;
  }
}
