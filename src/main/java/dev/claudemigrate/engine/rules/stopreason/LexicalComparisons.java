package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.LineIndex;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single comparisons of a stop reason in code read without a grammar (Ruby, PHP, Swift, Dart,
 * Scala, ...; ADR 0106): a line of code that compares something named stop reason with one of
 * Claude's stop values ({@code claude_response[:stop_reason] == :max_tokens}, {@code
 * $resp['stop_reason'] === 'tool_use'}). Without a parse the path the comparison guards is not
 * known, so it is judged as if that path did not fail; switches ({@code case ... when}) are not
 * judged.
 */
final class LexicalComparisons {
  /** An equality operator between two operands, in any of these languages. */
  private static final Pattern EQUALITY = Pattern.compile("(?:==|!=)=?|\\.eql\\?|\\.equals\\(|<=>");

  private LexicalComparisons() {}

  /** A comparison on one line: where its code starts and ends, and the values it names. */
  record Comparison(int start, int end, String text, Set<String> values) {}

  /** The comparisons of {@code file}, in document order. */
  static List<Comparison> find(SourceFile file) {
    List<Comparison> out = new ArrayList<>();
    String text = file.text();
    LineIndex lines = file.lines();
    Matcher key = StopReasonCheck.STOP_KEY.matcher(text);
    int lastLine = -1;
    while (key.find()) {
      int line = lines.line(key.start());
      if (line == lastLine || file.contextAt(key.start()) == Context.COMMENT) {
        continue;
      }
      lastLine = line;
      int start = lines.lineStart(line);
      int end = lines.lineEnd(line, text);
      String code = withoutComments(file, start, end);
      if (!EQUALITY.matcher(code).find()) {
        continue;
      }
      Set<String> values = StopReasonCheck.values(code);
      if (!values.isEmpty()) {
        int from = start;
        while (from < end && Character.isWhitespace(text.charAt(from))) {
          from++;
        }
        out.add(new Comparison(from, end, code, values));
      }
    }
    return out;
  }

  /** The line's text with its comments blanked: a value named in a comment compares nothing. */
  static String withoutComments(SourceFile file, int start, int end) {
    StringBuilder b = new StringBuilder(file.text().substring(start, end));
    for (int i = 0; i < b.length(); i++) {
      if (file.contextAt(start + i) == Context.COMMENT) {
        b.setCharAt(i, ' ');
      }
    }
    return b.toString();
  }
}
