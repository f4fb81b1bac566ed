package dev.claudemigrate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word wrap for the text reports: a first-line prefix, a hanging indent for the lines after it, and
 * breaks only at spaces, so that a path, an ID or a URL is never cut (a word longer than the line
 * stands alone). ANSI colour codes in prefixes and text take no columns.
 */
final class Wrap {
  /** The width used when the terminal's is unknown (output to a file or a pipe). */
  static final int DEFAULT_WIDTH = 80;

  /** Narrower than this and wrapping stops helping: every word would stand alone. */
  static final int MIN_WIDTH = 40;

  private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

  private Wrap() {}

  /**
   * {@code text} wrapped to {@code width} columns, the first line starting with {@code first}, the
   * others with {@code indent}.
   */
  static List<String> hanging(String first, String indent, String text, int width) {
    int w = Math.max(width, MIN_WIDTH);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int used = visible(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int len = visible(word);
      if (!empty && used + 1 + len > w) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        used = visible(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        used++;
      }
      line.append(word);
      used += len;
      empty = false;
    }
    lines.add(line.toString().stripTrailing());
    return lines;
  }

  /** Columns {@code s} takes on a terminal: its characters less ANSI escape sequences. */
  static int visible(String s) {
    return s.indexOf('\u001b') < 0 ? s.length() : ANSI.matcher(s).replaceAll("").length();
  }
}
