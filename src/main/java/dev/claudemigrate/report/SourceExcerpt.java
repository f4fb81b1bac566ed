package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.Span;
import java.util.List;

/**
 * The source line of a finding with the match marked by a caret line (and highlighted when colour
 * is on), cut to a window around the match when the line is long (minified files, notebooks).
 */
final class SourceExcerpt {
  /** Lines longer than this are shown as a window around the match. */
  static final int MAX_WIDTH = 160;

  private static final int CONTEXT = 40;
  private static final String ELLIPSIS = "...";

  private SourceExcerpt() {}

  /** Two lines, {@code " 12 | text"} and {@code " | ^^^^"}, indented by {@code indent}. */
  static List<String> render(SourceFile file, Finding f, String indent, Ansi ansi) {
    return render(file, f, indent, ansi, Integer.MAX_VALUE);
  }

  /**
   * The two lines cut to fit {@code width} columns (and never more than {@link #MAX_WIDTH} of
   * source): a window around the match, marked {@code ...} where it is cut. Only a match wider than
   * the room is left whole, like any other word that cannot be broken.
   */
  static List<String> render(SourceFile file, Finding f, String indent, Ansi ansi, int width) {
    Span span = f.span();
    String line = file.lineText(span.line());
    int from = Math.min(Math.max(span.column() - 1, 0), line.length());
    int to =
        span.endLine() == span.line()
            ? Math.min(Math.max(span.endColumn() - 1, from), line.length())
            : line.length();
    String gutter = String.valueOf(span.line());
    long room = (long) width - Wrap.visible(indent) - gutter.length() - 3;
    int max = (int) Math.max(Math.min(MAX_WIDTH, room), Wrap.MIN_WIDTH / 2);
    String head = "";
    String tail = "";
    if (line.length() > max) {
      int inner = max - 2 * ELLIPSIS.length();
      int before = Math.max(0, Math.min(CONTEXT, (inner - (to - from)) / 2));
      int start = Math.max(0, from - before);
      int end = Math.min(line.length(), Math.max(to, start + inner));
      if (end == line.length()) {
        start = Math.min(from, Math.max(0, end - inner));
      }
      head = start > 0 ? ELLIPSIS : "";
      tail = end < line.length() ? ELLIPSIS : "";
      line = line.substring(start, end);
      from -= start;
      to -= start;
    }
    String before = head + line.substring(0, from);
    String match = line.substring(from, to);
    String text =
        indent
            + ansi.dim(gutter + " | ")
            + before
            + ansi.highlight(match)
            + line.substring(to)
            + tail;
    String carets =
        indent
            + " ".repeat(gutter.length())
            + ansi.dim(" | ")
            + blank(before)
            + ansi.severity(f.severity(), "^".repeat(Math.max(1, match.length())));
    return List.of(text.stripTrailing(), carets);
  }

  /**
   * Spaces as wide as {@code s}, keeping its tabs so the carets line up under tab-indented code.
   */
  private static String blank(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append(c == '\t' ? '\t' : ' '));
    return b.toString();
  }
}
