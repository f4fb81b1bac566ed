package dev.claudemigrate.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The searches that try an expression only where it can start find what {@code Matcher.find()}
 * finds: the same starts, ends and groups, on the samples and on texts made to catch the edges
 * (look-behinds at a head, overlapping heads, every line terminator, ranges that start mid-line).
 */
class AnchoredSearchTest {
  private static final List<String> EDGES =
      List.of(
          "",
          "x.claude_3_5_sonnet.ClaudeV3::CLAUDE_3_HAIKU claude_v3 a.claudeX-y b.claude:",
          "..claude.claude::claude:::claude .Claude@ x.CLAUDE",
          "computer_20241022 bash_20250124 xbash_20241022 bash_2024102 computer_202410221 "
              + "computer_computer_20241022 bash_bash_20250124",
          "class A\n  public class B\r\nprivate\nclass C\rstruct D\u2028enum E\u0085trait F"
              + "\u2029impl G\n\nstatic final record H\n",
          "  class\nX  class  \n\n   interface   Y",
          "é class Ü\nclass Ünïcode\n\tclass Tab");

  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>(EDGES);
    try (Stream<Path> s = Files.walk(Path.of("samples"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static List<String> byFind(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + (m.groupCount() > 0 ? m.group(1) : m.group()));
    }
    return out;
  }

  private static List<String> byHeads(HeadedPattern p, String text) {
    List<String> out = new ArrayList<>();
    HeadedPattern.Finder f = p.finder(text);
    while (f.next()) {
      out.add(
          f.start()
              + "-"
              + f.end()
              + ":"
              + (f.matcher().groupCount() > 0 ? f.group(1) : f.group()));
    }
    return out;
  }

  @Test
  void headedPatternsFindWhatFindFinds() throws IOException {
    List<HeadedPattern> patterns =
        List.of(
            HeadedPattern.of(
                "(?<=\\.|::)(?:claude|Claude|CLAUDE)[A-Za-z0-9_]*(?![A-Za-z0-9_\\-:@])",
                "claude",
                "Claude",
                "CLAUDE"),
            HeadedPattern.of(
                "(?<![A-Za-z0-9_])(?:computer|bash)_\\d{8}(?![0-9])", "computer_", "bash_"),
            // heads that overlap, and a group
            HeadedPattern.of("(?:cla|claude)(ude|_\\d)?", "cla", "claude"));
    int matches = 0;
    for (String text : texts()) {
      for (HeadedPattern p : patterns) {
        List<String> expected = byFind(p.pattern().matcher(text));
        assertEquals(expected, byHeads(p, text), p.pattern() + " in " + abbreviated(text));
        assertEquals(!expected.isEmpty(), p.foundIn(text));
        matches += expected.size();
      }
    }
    assertTrue(matches > 20, "the texts exercise the patterns: " + matches);
  }

  @Test
  void aHeadWithoutItsLookBehindIsNoMatch() {
    HeadedPattern member = HeadedPattern.of("(?<=\\.)claude\\w*", "claude");
    assertFalse(member.foundIn("claude_3 xclaude"));
    assertTrue(member.foundIn("claude_3 x.claude"));
  }

  @Test
  void lineStartPatternsFindWhatFindFindsInAnyRange() throws IOException {
    String simple =
        "(?m)^[ \\t]*(?:(?:public|private|static|final)\\s+)*"
            + "(?:class|struct|enum|record|trait|interface|impl)\\s+([A-Za-z_]\\w*)";
    // PerModelTypes' declaration, tried only at lines whose first word may start it
    String full =
        "(?m)^[ \\t]*(?:(?:public|private|protected|internal|final|abstract|sealed|open|data"
            + "|static|export|pub(?:\\([a-z]+\\))?|default)\\s+)*"
            + "(?:class|module|struct|object|enum|record|trait|interface|impl)\\s+([A-Za-z_]\\w*)";
    List<String> fullWords =
        List.of(
            "public",
            "private",
            "protected",
            "internal",
            "final",
            "abstract",
            "sealed",
            "open",
            "data",
            "static",
            "export",
            "pub",
            "default",
            "class",
            "module",
            "struct",
            "object",
            "enum",
            "record",
            "trait",
            "interface",
            "impl");
    int matches =
        findsWhatFindFinds(LineStartPattern.of(simple))
            + findsWhatFindFinds(
                LineStartPattern.of(
                    simple,
                    List.of(
                        "public",
                        "private",
                        "static",
                        "final",
                        "class",
                        "struct",
                        "enum",
                        "record",
                        "trait",
                        "interface",
                        "impl")))
            + findsWhatFindFinds(LineStartPattern.of(full, fullWords))
            // BetaEnumerations' enum declaration: any words before the keyword, over lines
            + findsWhatFindFinds(
                LineStartPattern.of(
                    "(?m)^([ \\t]*)(?:[\\w@]+\\s+)*(?:enum\\s+\\w+|class\\s+\\w+\\s*\\([^)]*Enum\\b)"));
    assertTrue(matches > 60, "the texts exercise the patterns: " + matches);
  }

  private static int findsWhatFindFinds(LineStartPattern lines) throws IOException {
    Pattern declaration = lines.pattern();
    Random random = new Random(42);
    int matches = 0;
    List<String> texts = new ArrayList<>(texts());
    texts.add(
        "pub(crate) struct Claude35\npublicclass X\npublic\nclass Y\n classZ\nClass W\n"
            + "data class Foo3\n  export default class Bar\nopen  \t object Baz\npub(x)enum Q\n"
            + "impl\tTrait for Claude37\n\tmodule_x Y\nstatic interface\r\nI\n"
            + "@objc public\nenum AnthropicBeta: String {\n  class Beta(str, Enum):\n"
            + "class Betas(StrEnum)\n");
    for (String text : texts) {
      List<int[]> ranges = new ArrayList<>(List.of(new int[] {0, text.length()}));
      for (int k = 0; k < 20 && !text.isEmpty(); k++) {
        int a = random.nextInt(text.length() + 1);
        int b = random.nextInt(text.length() + 1);
        ranges.add(new int[] {Math.min(a, b), Math.max(a, b)});
      }
      for (int[] r : ranges) {
        List<String> expected = byFind(declaration.matcher(text).region(r[0], r[1]));
        List<String> got = new ArrayList<>();
        LineStartPattern.Finder f = lines.finder(text, r[0], r[1]);
        while (f.next()) {
          got.add(f.start() + "-" + f.end() + ":" + f.group(1));
        }
        assertEquals(expected, got, "range " + r[0] + "-" + r[1] + " of " + abbreviated(text));
        matches += expected.size();
      }
    }
    return matches;
  }

  @Test
  void unclosedBeforeAnswersAsACountBackWouldForEveryPairAndOffset() throws IOException {
    String[] pairs = {"{}", "()", "[]", "<>"};
    Random random = new Random(7);
    for (String text : texts()) {
      for (int k = 0; k < 40 && !text.isEmpty(); k++) {
        int offset = random.nextInt(text.length() + 1);
        // in varied order, so that an answer remembered for one pair is never given for another
        for (int p = 0; p < pairs.length; p++) {
          String pair = pairs[(p + k) % pairs.length];
          assertEquals(
              countBack(text, offset, pair.charAt(0), pair.charAt(1)),
              TextScan.unclosedBefore(text, offset, pair.charAt(0), pair.charAt(1)),
              pair + " at " + offset);
        }
      }
    }
    String nested = "a = [{(x, [1, 2], (3))";
    assertEquals(18, TextScan.unclosedBefore(nested, 20, '(', ')'));
    assertEquals(5, TextScan.unclosedBefore(nested, 20, '{', '}'));
    assertEquals(4, TextScan.unclosedBefore(nested, 20, '[', ']'));
    assertEquals(-1, TextScan.unclosedBefore(nested, 22, '(', ')'));
    assertEquals(-1, TextScan.unclosedBefore("a = [1] + [2]", 12, '{', '}'));
  }

  private static int countBack(String text, int offset, char open, char close) {
    int depth = 0;
    for (int i = offset - 1; i >= 0; i--) {
      char ch = text.charAt(i);
      if (ch == close) {
        depth++;
      } else if (ch == open && depth-- == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String abbreviated(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }
}
