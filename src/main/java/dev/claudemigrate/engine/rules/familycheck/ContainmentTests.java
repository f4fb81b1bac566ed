package dev.claudemigrate.engine.rules.familycheck;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.CharPairs;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substring and prefix tests on a string with a literal operand, read lexically: Python and Kotlin
 * {@code "x" in s}, the methods {@code startswith}, {@code startsWith}, {@code includes}, {@code
 * contains}, {@code indexOf}, {@code find}, C# {@code Contains}/{@code StartsWith}, Ruby {@code
 * include?}/{@code start_with?}, and Go {@code strings.Contains}/{@code HasPrefix}/{@code Index}.
 * The operator must be code (not a comment, documentation or a string).
 */
final class ContainmentTests {
  private static final String LITERAL = "(?<q>[\"'`])(?<v>[^\"'`\\n\\\\]{1,80})\\k<q>";

  private static final List<Pattern> PATTERNS =
      List.of(
          // Python / Kotlin: "claude-3" in model_id, "claude-3" not in self.model
          Pattern.compile(
              LITERAL
                  + "[ \\t]+(?<op>(?:not[ \\t]+)?in)[ \\t]+(?<s>[A-Za-z_$][\\w.$]*(?:\\([^()\\n]*\\))?)"),
          Pattern.compile(
              "(?<op>\\.(?:startswith|startsWith|StartsWith|includes|contains|Contains|indexOf"
                  + "|IndexOf|find|include\\?|start_with\\?))\\(\\s*"
                  + LITERAL
                  + "\\s*[,)]"),
          Pattern.compile(
              "(?<op>\\bstrings\\.(?:Contains|HasPrefix|Index))\\(\\s*(?<s>[^,()\\n]+(?:\\([^()\\n]*\\))?)"
                  + "\\s*,\\s*"
                  + LITERAL
                  + "\\s*\\)"));

  /** The operators of {@link #PATTERNS} alone: a cheap look before the whole file is read. */
  private static final Pattern OPERATOR =
      Pattern.compile(
          "[ \\t]in[ \\t]|\\.(?:startswith|startsWith|StartsWith|includes|contains|Contains|indexOf"
              + "|IndexOf|find|include\\?|start_with\\?)\\(|strings\\.(?:Contains|HasPrefix|Index)\\(");

  private ContainmentTests() {}

  /** Whether a line that holds one of {@code triggers} also holds a test operator. */
  static boolean nearTrigger(String text, List<String> triggers) {
    for (String t : triggers) {
      for (int at = CharPairs.indexOf(text, t, 0); at >= 0; at = text.indexOf(t, at + t.length())) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        if (OPERATOR.matcher(text).region(start, end < 0 ? text.length() : end).find()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasSubject(Pattern p) {
    return p.pattern().contains("(?<s>");
  }

  /**
   * The receiver of a method call ending at {@code op}: names, dots and bracketed arguments read
   * backwards on the line ({@code JSON.stringify(models)} before {@code .includes}).
   */
  static String receiver(String text, int op) {
    int i = op;
    int depth = 0;
    while (i > 0) {
      char c = text.charAt(i - 1);
      if (c == '\n') {
        break;
      }
      if (c == ')' || c == ']') {
        depth++;
      } else if ((c == '(' || c == '[') && depth > 0) {
        depth--;
      } else if (depth == 0 && !(Character.isLetterOrDigit(c) || "_$.?".indexOf(c) >= 0)) {
        break;
      }
      i--;
    }
    return text.substring(i, op);
  }

  /**
   * One test: the literal's value and offsets (without quotes).
   *
   * @param fragment the literal's text
   * @param start offset of the literal's first character inside the quotes
   * @param end offset after its last character
   * @param subject the string tested, as written ({@code model_id}, {@code str(models)})
   */
  record Test(String fragment, int start, int end, String subject) {}

  /** The tests in {@code text} of {@code file} whose operator is code. */
  static List<Test> in(SourceFile file) {
    List<Test> out = new ArrayList<>();
    String text = file.text();
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (file.contextAt(m.start("op")) == Context.CODE) {
          String subject = hasSubject(p) ? m.group("s") : receiver(text, m.start("op"));
          out.add(new Test(m.group("v"), m.start("v"), m.end("v"), subject));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
