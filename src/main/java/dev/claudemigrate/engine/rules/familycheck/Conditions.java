package dev.claudemigrate.engine.rules.familycheck;

import dev.claudemigrate.engine.source.SourceFile;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a family test is no silent switch: the file also tests for the target's own generation, the
 * same condition has an alternative the target passes, or the branch only rejects the old model.
 */
final class Conditions {
  /** A boolean operator at the end of a line or the start of the next: one condition goes on. */
  private static final Pattern JOINED_END = Pattern.compile(".*(\\|\\||&&|\\bor|\\band|\\()\\s*$");

  private static final Pattern JOINED_START =
      Pattern.compile("^\\s*(\\|\\||&&|or\\b|and\\b|\\)).*");
  private static final Pattern THROWS = Pattern.compile("^\\s*(raise|throw)\\b.*");
  private static final Pattern THROWS_AFTER = Pattern.compile("[:{)]\\s*(raise|throw)\\b");

  /**
   * A subject that holds many models or text about them: {@code str(models)}, {@code model_list}.
   */
  private static final Pattern LISTING =
      Pattern.compile("(?i).*(models|list|summar|str\\(|stringify|dumps|tostring|join).*");

  private static final Pattern DIGIT = Pattern.compile(".*\\d.*");

  private Conditions() {}

  /**
   * Whether the file tests for a fragment that names the target's generation (a digit in it, e.g.
   * {@code claude-sonnet-4}): it has its own branch for newer models, and the old ones are tuning.
   */
  static boolean testsTargetGeneration(
      List<ContainmentTests.Test> tests, FamilyFragments fragments) {
    return tests.stream()
        .map(ContainmentTests.Test::fragment)
        .anyMatch(f -> DIGIT.matcher(f).matches() && fragments.passedByTarget(f));
  }

  /**
   * Whether another test of the same condition (its lines joined by {@code ||}, {@code or}, ...)
   * has a fragment the target passes, such as {@code model.includes("claude")}.
   */
  static boolean targetPassesSibling(
      SourceFile file,
      ContainmentTests.Test test,
      List<ContainmentTests.Test> tests,
      FamilyFragments fragments) {
    int[] span = conditionSpan(file.text(), test.start());
    return tests.stream()
        .filter(o -> o != test && o.start() >= span[0] && o.end() <= span[1])
        .anyMatch(o -> fragments.passedByTarget(o.fragment()));
  }

  /**
   * Whether the test looks in a listing of models ({@code "anthropic.claude-3" in str(models)}):
   * whether some Claude 3 model is offered, not which model the code calls.
   */
  static boolean inListing(ContainmentTests.Test test) {
    return LISTING.matcher(test.subject()).matches();
  }

  /** Whether the branch the test guards starts with {@code raise} or {@code throw}. */
  static boolean guardsByThrowing(SourceFile file, ContainmentTests.Test test) {
    String text = file.text();
    int end = lineEnd(text, test.end());
    String rest = text.substring(test.end(), end);
    if (THROWS_AFTER.matcher(rest).find()) {
      return true;
    }
    int next = end + 1;
    while (next < text.length()) {
      int e = lineEnd(text, next);
      String line = text.substring(next, e);
      if (!line.isBlank()) {
        return THROWS.matcher(line).matches();
      }
      next = e + 1;
    }
    return false;
  }

  /** The lines of the condition around {@code offset}: neighbours joined by a boolean operator. */
  private static int[] conditionSpan(String text, int offset) {
    int start = lineStart(text, offset);
    int end = lineEnd(text, offset);
    while (start > 0) {
      int prevStart = lineStart(text, start - 1);
      String prev = text.substring(prevStart, start - 1);
      String cur = text.substring(start, lineEnd(text, start));
      if (!JOINED_END.matcher(prev).matches() && !JOINED_START.matcher(cur).matches()) {
        break;
      }
      start = prevStart;
    }
    while (end < text.length()) {
      int nextEnd = lineEnd(text, end + 1);
      String cur = text.substring(lineStart(text, end), end);
      String next = text.substring(end + 1, nextEnd);
      if (!JOINED_END.matcher(cur).matches() && !JOINED_START.matcher(next).matches()) {
        break;
      }
      end = nextEnd;
    }
    return new int[] {start, end};
  }

  private static int lineStart(String text, int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  private static int lineEnd(String text, int offset) {
    int e = text.indexOf('\n', offset);
    return e < 0 ? text.length() : e;
  }
}
