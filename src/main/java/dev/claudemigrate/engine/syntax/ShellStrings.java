package dev.claudemigrate.engine.syntax;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quoted values of shell assignments that span lines ({@code SUPPORTED="a\nb\nc"}, {@code
 * export LIST='...'}), read line by line: a shell file's context map has no string literals, so
 * {@link Listings} finds its multi-line strings here. Heredoc bodies are skipped, so that an
 * apostrophe in their prose opens nothing.
 */
final class ShellStrings {
  /** A line that assigns a quoted value: the quote is the group. */
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "^[ \\t]*(?:(?:export|local|readonly|declare(?:[ \\t]+-\\w+)*)[ \\t]+)?"
              + "[A-Za-z_]\\w*=([\"'])");

  /** A heredoc operator and its delimiter ({@code <<EOF}, {@code <<-'END'}), not {@code <<<}. */
  private static final Pattern HEREDOC = Pattern.compile("(?<!<)<<-?[ \\t]*(['\"]?)(\\w+)\\1");

  private ShellStrings() {}

  /**
   * The span {@code [opening quote, closing quote]} of the multi-line assignment value around
   * {@code offset}, or null when {@code offset} is in none.
   */
  static int[] around(String text, int offset) {
    String heredoc = null;
    for (int line = 0; line <= offset && line < text.length(); ) {
      int end = TextScan.lineEnd(text, line);
      String t = text.substring(line, end);
      if (heredoc != null) {
        heredoc = t.strip().equals(heredoc) ? null : heredoc;
      } else {
        Matcher a = ASSIGNMENT.matcher(t);
        if (a.find()) {
          int open = line + a.end() - 1;
          int close = closing(text, open);
          if (close < 0) {
            return null;
          }
          if (close > end) {
            if (open < offset && offset < close) {
              return new int[] {open, close + 1};
            }
            end = TextScan.lineEnd(text, close);
          }
        } else {
          Matcher h = HEREDOC.matcher(t);
          heredoc = h.find() ? h.group(2) : null;
        }
      }
      line = TextScan.nextLineStart(text, end);
    }
    return null;
  }

  /** The quote that closes the one at {@code open}, or -1; a double quote's backslash escapes. */
  private static int closing(String text, int open) {
    char quote = text.charAt(open);
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quote == '"') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }
}
