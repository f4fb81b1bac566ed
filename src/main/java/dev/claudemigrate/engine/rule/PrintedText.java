package dev.claudemigrate.engine.rule;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.regex.Pattern;

/**
 * A tool type or beta inside a sentence a program prints for a person ({@code fmt.Println("
 * bash_20241022 -> bash_20250124")}, {@code print(f"beta added: ...")}). On the wire such a value
 * is a whole string (or one item of a comma list), so a printed sentence that holds it among other
 * words only talks about it: an upgrade note, a log line. Reported as information, never rewritten
 * (rewriting an upgrade note would make it say nothing). Model IDs are not judged here: a printed
 * model name is a display string, right to find and fine to rewrite.
 */
final class PrintedText {
  /**
   * The head of a line up to the opening quote of a print or log call's first string: the call, its
   * parenthesis (optional in Ruby), a leading writer argument ({@code Fprintln(os.Stderr, }), and a
   * string prefix ({@code f}, {@code $}). Not Sprintf or a shell's echo: their output may be a
   * value a program sends or writes into configuration.
   */
  private static final Pattern PRINT_HEAD =
      Pattern.compile(
          "(?:(?<![\\w.])(?:print|println|printf|puts|Print|Println|Printf|Fprint|Fprintln|Fprintf)"
              + "|(?<![\\w.])fmt\\.(?:Print|Println|Printf|Fprint|Fprintln|Fprintf)"
              + "|console\\.(?:log|info|warn|error|debug)"
              + "|System\\.(?:out|err)\\.print(?:ln|f)?"
              + "|Console\\.Write(?:Line)?"
              + "|(?<![\\w.])(?:log|logger|logging|LOG|LOGGER|Log)\\."
              + "(?:info|debug|warn|warning|error|Info|Debug|Warn|Warning|Error|Print|Println"
              + "|Printf|Infof|Debugf|Warnf|Errorf))"
              + "\\s*\\(?\\s*(?:[\\w.]+\\s*,\\s*)?(?:[fFrRbB]{1,2}|\\$@?|@\\$?)?$");

  private PrintedText() {}

  /** Whether {@code [start, end)} stands in a printed string that holds other words too. */
  static boolean isProse(SourceFile file, int start, int end) {
    if (file.contextAt(start) != Context.STRING_LITERAL) {
      return false;
    }
    String text = file.text();
    int lineStart = TextScan.lineStart(text, start);
    int quote = lastQuote(text, lineStart, start);
    if (quote < 0 || !PRINT_HEAD.matcher(text.substring(lineStart, quote)).find()) {
      return false;
    }
    int lineEnd = TextScan.lineEnd(text, end);
    int close = text.indexOf(text.charAt(quote), end);
    int stop = close < 0 || close > lineEnd ? lineEnd : close;
    return hasWord(text, quote + 1, start) || hasWord(text, end, stop);
  }

  private static int lastQuote(String text, int from, int before) {
    for (int i = before - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasWord(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
