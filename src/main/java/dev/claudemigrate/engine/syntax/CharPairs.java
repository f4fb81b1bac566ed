package dev.claudemigrate.engine.syntax;

/**
 * Which pairs of adjacent characters a text holds, ASCII exactly and every other character as one
 * class: a literal with a pair of ASCII characters the text lacks is not in the text.
 *
 * <p>Why: the rules ask of each file whether it holds dozens of literals (triggers, beta values,
 * tool types, region spellings), each a whole-text {@code indexOf}, and under the launcher's C1
 * compiler {@code indexOf} is a plain loop. Nearly all those literals are absent, and 99% of the
 * absent ones on the benchmark tree have a pair the file lacks. One pass over the text builds the
 * table; each question is then a few bit tests. Kept per thread for the last text asked about
 * ({@link LastAnswer}), so a file's rules share it. The answers are those of {@code indexOf}.
 */
public final class CharPairs {
  /** Shorter texts are searched directly: building the table would cost more than the search. */
  static final int MIN_LENGTH = 2048;

  /** The class of every character outside ASCII (and of DEL, which no literal holds). */
  private static final int OTHER = 127;

  private static final LastAnswer<CharPairs> LAST = new LastAnswer<>();

  /**
   * Bit {@code a << 7 | b} is set when the character of class {@code a} precedes one of {@code b}.
   */
  private final long[] bits = new long[128 * 128 / 64];

  private CharPairs(String text) {
    int n = text.length();
    int prev = n == 0 ? OTHER : classOf(text.charAt(0));
    for (int i = 1; i < n; i++) {
      int c = classOf(text.charAt(i));
      int k = prev << 7 | c;
      bits[k >>> 6] |= 1L << k;
      prev = c;
    }
  }

  /** The pairs of {@code text}, or null when it is short enough to search directly. */
  private static CharPairs of(String text) {
    return text.length() < MIN_LENGTH ? null : LAST.get(text, null, (t, none) -> new CharPairs(t));
  }

  private static int classOf(char c) {
    return c < OTHER ? c : OTHER;
  }

  private boolean has(int a, int b) {
    int k = a << 7 | b;
    return (bits[k >>> 6] & 1L << k) != 0;
  }

  /**
   * False only when {@code literal} is certainly not in {@code text}; true when it may be. Pairs
   * with a character outside ASCII are not tested.
   */
  public static boolean mayHold(String text, String literal) {
    CharPairs pairs = of(text);
    if (pairs == null) {
      return true;
    }
    for (int i = 1; i < literal.length(); i++) {
      char a = literal.charAt(i - 1);
      char b = literal.charAt(i);
      if (a < OTHER && b < OTHER && !pairs.has(a, b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * False only when {@code text} certainly holds {@code lowerWord} (lower-case ASCII letters and
   * marks) in no case, as {@link String#regionMatches(boolean, int, String, int, int)} compares
   * ignoring case: a character outside ASCII may fold to a letter, so it stands for any.
   */
  public static boolean mayHoldIgnoreCase(String text, String lowerWord) {
    CharPairs pairs = of(text);
    if (pairs == null) {
      return true;
    }
    for (int i = 1; i < lowerWord.length(); i++) {
      if (!pairs.hasIgnoreCase(lowerWord.charAt(i - 1), lowerWord.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean hasIgnoreCase(char a, char b) {
    if (a >= OTHER || b >= OTHER) {
      return true;
    }
    int[] as = {a, Character.toUpperCase(a), OTHER};
    int[] bs = {b, Character.toUpperCase(b), OTHER};
    for (int x : as) {
      for (int y : bs) {
        if (has(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code text.indexOf(literal, from)}, without reading a text that cannot hold it. */
  public static int indexOf(String text, String literal, int from) {
    return mayHold(text, literal) ? text.indexOf(literal, from) : -1;
  }

  /** {@code text.contains(literal)}, without reading a text that cannot hold it. */
  public static boolean contains(String text, String literal) {
    return mayHold(text, literal) && text.contains(literal);
  }
}
