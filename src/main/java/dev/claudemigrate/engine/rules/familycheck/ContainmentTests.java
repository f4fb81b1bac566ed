package dev.claudemigrate.engine.rules.familycheck;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
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
          Pattern.compile(LITERAL + "[ \\t]+(?<op>(?:not[ \\t]+)?in)[ \\t]+(?=[A-Za-z_$])"),
          Pattern.compile(
              "(?<op>\\.(?:startswith|startsWith|StartsWith|includes|contains|Contains|indexOf"
                  + "|IndexOf|find|include\\?|start_with\\?))\\(\\s*"
                  + LITERAL
                  + "\\s*[,)]"),
          Pattern.compile(
              "(?<op>\\bstrings\\.(?:Contains|HasPrefix|Index))\\(\\s*[^,()\\n]+(?:\\([^()\\n]*\\))?"
                  + "\\s*,\\s*"
                  + LITERAL
                  + "\\s*\\)"));

  private ContainmentTests() {}

  /**
   * One test: the literal's value and offsets (without quotes).
   *
   * @param fragment the literal's text
   * @param start offset of the literal's first character inside the quotes
   * @param end offset after its last character
   */
  record Test(String fragment, int start, int end) {}

  /** The tests in {@code text} of {@code file} whose operator is code. */
  static List<Test> in(SourceFile file) {
    List<Test> out = new ArrayList<>();
    String text = file.text();
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (file.contextAt(m.start("op")) == Context.CODE) {
          out.add(new Test(m.group("v"), m.start("v"), m.end("v")));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
