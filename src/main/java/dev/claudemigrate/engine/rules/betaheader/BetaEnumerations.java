package dev.claudemigrate.engine.rules.betaheader;

import dev.claudemigrate.engine.syntax.LineStartPattern;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
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

  /**
   * An enum declaration ({@code enum AnthropicBeta: String {}, {@code class Beta(StrEnum):}), tried
   * at line starts only: {@code find()} would try it at each of the window's offsets, for every
   * beta value of the file.
   */
  static final LineStartPattern ENUM =
      LineStartPattern.of(
          "(?m)^([ \\t]*)(?:[\\w@]+\\s+)*(?:enum\\s+\\w+|class\\s+\\w+\\s*\\([^)]*Enum\\b)");

  /** A beta value: a name and a date ({@code message-batches-2024-09-24}). */
  private static final Pattern BETA = Pattern.compile("[a-z][a-z0-9-]*-20\\d\\d-\\d\\d-\\d\\d");

  /** How many distinct betas an enum names to be a list of the betas that exist. */
  private static final int MANY = 3;

  private BetaEnumerations() {}

  /**
   * Whether the beta value at {@code at} is a member of an enum that names {@value #MANY} or more
   * distinct betas (holdout13: a Swift SDK's {@code enum AnthropicBeta} of every beta header a
   * caller may opt into): like a Literal type, it says which values exist.
   */
  static boolean isEnumOfBetas(String text, int at) {
    int from = Math.max(0, at - ALIAS_WINDOW);
    if (!namesAnEnum(text, from, at)) {
      return false;
    }
    LineStartPattern.Finder e = ENUM.finder(text, from, at);
    int start = -1;
    int indent = 0;
    while (e.next()) {
      start = e.end();
      indent = e.group(1).length();
    }
    if (start < 0) {
      return false;
    }
    int end = TextScan.indentedBlockEnd(text, start, indent);
    if (end <= at) {
      return false;
    }
    Matcher b = BETA.matcher(text).region(start, end);
    Set<String> betas = new HashSet<>();
    while (b.find()) {
      betas.add(b.group());
    }
    return betas.size() >= MANY;
  }

  /**
   * Whether {@code [from, to)} holds "enum" or "Enum", as every match of {@link #ENUM} does: most
   * windows hold neither, and one search for them costs less than reading the window line by line
   * (the beta rule asks at every beta value it meets).
   */
  static boolean namesAnEnum(String text, int from, int to) {
    // Within the window only (String.indexOf would read on to the text's end at each value).
    for (int k = from + 1; k + 3 <= to; k++) {
      if (text.charAt(k) == 'n' && text.charAt(k + 1) == 'u' && text.charAt(k + 2) == 'm') {
        char c = text.charAt(k - 1);
        if (c == 'e' || c == 'E') {
          return true;
        }
      }
    }
    return false;
  }

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
