package dev.claudemigrate.engine.rules.betaheader;

import dev.claudemigrate.engine.syntax.TextScan;
import java.util.regex.Pattern;

/**
 * A type that enumerates every beta value a library or program supports ({@code AnthropicBeta =
 * Literal["computer-use-2024-10-22", ...]} in Python, {@code type AnthropicBeta = "..." | "..."} in
 * TypeScript) is not a request: it says which values exist, and an old value in it is still a value
 * that exists. Such occurrences are left alone.
 */
final class BetaEnumerations {
  private static final Pattern LITERAL = Pattern.compile("\\bLiteral\\s*$");
  private static final Pattern TYPE_ALIAS = Pattern.compile("\\btype\\s+[A-Za-z_$][\\w$]*\\s*=");

  /** How far back a type alias may start: a union of every beta value is a few lines long. */
  private static final int ALIAS_WINDOW = 4000;

  private BetaEnumerations() {}

  /** Whether the beta value at {@code at} is a member of a Literal type or a union type alias. */
  static boolean isTypeOfAllBetas(String text, int at) {
    int open = TextScan.unclosedBefore(text, at, '[', ']');
    if (open >= 0 && LITERAL.matcher(text.substring(Math.max(0, open - 40), open)).find()) {
      return true;
    }
    int quote = at > 0 ? at - 1 : at;
    int before = TextScan.skipWhiteBack(text, quote);
    boolean unionMember = before > 0 && text.charAt(before - 1) == '|';
    if (!unionMember) {
      int after = TextScan.skipWhite(text, at);
      while (after < text.length()
          && text.charAt(after) != '|'
          && isValueChar(text.charAt(after))) {
        after++;
      }
      after = TextScan.skipWhite(text, after);
      unionMember = after < text.length() && text.charAt(after) == '|';
    }
    if (!unionMember) {
      return false;
    }
    int from = Math.max(0, at - ALIAS_WINDOW);
    String head = text.substring(from, at);
    int statement = Math.max(head.lastIndexOf(';'), head.lastIndexOf("\n\n"));
    return TYPE_ALIAS.matcher(head.substring(statement + 1)).find();
  }

  private static boolean isValueChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '"' || c == '\'' || c == '`';
  }
}
