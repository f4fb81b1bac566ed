package dev.claudemigrate.report;

import java.util.List;

/**
 * The room of a Markdown report meant for a pull request (the scan's {@code --format markdown}, the
 * {@code apply --report} checklist): GitHub rejects comments and pull-request bodies over 65,536
 * characters, so each report keeps to {@link #CHARS} whatever the size of the project, lists items
 * in order as long as they fit, and counts the rest.
 */
final class Budget {
  /** The most characters a report may have. */
  static final int CHARS = 60_000;

  /** Room kept for the line that counts what was left out. */
  static final int OMITTED_NOTE = 400;

  private Budget() {}

  /**
   * How many of {@code lines}, from the first, fit in {@code room} characters (each with its line
   * break). It stops at the first line that does not fit, so that what is shown keeps the order.
   */
  static int fitting(List<String> lines, int room) {
    int used = 0;
    int n = 0;
    for (String line : lines) {
      used += line.length() + 1;
      if (used > room) {
        return n;
      }
      n++;
    }
    return n;
  }

  /** The characters of {@code lines} joined with line breaks, one after each. */
  static int length(List<String> lines) {
    return lines.stream().mapToInt(l -> l.length() + 1).sum();
  }
}
