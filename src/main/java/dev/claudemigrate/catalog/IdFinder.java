package dev.claudemigrate.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the catalog's identifier pattern in a text without trying its long alternation at every
 * character (ADR 0061). A match can only start where a run of identifier characters ({@code
 * [A-Za-z0-9_.:/@-]}) starts (the pattern's look-behind says so) and lies inside that run; when
 * every literal contains the anchor {@code claude} and only such characters, only the runs that
 * contain the anchor are tried, each once, at its start (after a leading comment opener {@code
 * //}). Otherwise the plain search runs.
 */
final class IdFinder {
  static final String ANCHOR = "claude";

  private final Pattern pattern;
  private final boolean anchored;

  IdFinder(Pattern pattern, Collection<String> literals) {
    this.pattern = pattern;
    this.anchored = !literals.isEmpty() && literals.stream().allMatch(IdFinder::anchorable);
  }

  private static boolean anchorable(String literal) {
    return literal.contains(ANCHOR) && literal.chars().allMatch(c -> inRun((char) c));
  }

  /**
   * The characters that the pattern's look-behind forbids before a match, and that a match is made
   * of.
   */
  static boolean inRun(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '_'
        || c == '.'
        || c == ':'
        || c == '/'
        || c == '@'
        || c == '-';
  }

  boolean anchored() {
    return anchored;
  }

  /** Every match in {@code text}, in order, the same as {@link #findAllPlain}. */
  <T> List<T> findAll(CharSequence text, Function<Matcher, T> toMatch) {
    if (!anchored) {
      return findAllPlain(text, toMatch);
    }
    String s = text.toString();
    List<T> out = new ArrayList<>();
    Matcher m = pattern.matcher(s).useTransparentBounds(true);
    for (int p = s.indexOf(ANCHOR); p >= 0; ) {
      int start = p;
      while (start > 0 && inRun(s.charAt(start - 1))) {
        start--;
      }
      start = afterCommentOpener(s, start, p);
      m.region(start, s.length());
      if (m.lookingAt()) {
        out.add(toMatch.apply(m));
      }
      int end = p;
      while (end < s.length() && inRun(s.charAt(end))) {
        end++;
      }
      p = s.indexOf(ANCHOR, end);
    }
    return out;
  }

  /**
   * Where a match may start in the run from {@code start}: after a leading line-comment opener of
   * two or three slashes (the pattern's look-behind allows one there), else {@code start}. {@code
   * anchor} is where the anchor lies in the run, so the slashes never reach it.
   */
  private static int afterCommentOpener(String s, int start, int anchor) {
    int k = start;
    while (k < anchor && s.charAt(k) == '/') {
      k++;
    }
    int slashes = k - start;
    return slashes == 2 || slashes == 3 ? k : start;
  }

  /** Every match by the pattern's own left-to-right search (the reference). */
  <T> List<T> findAllPlain(CharSequence text, Function<Matcher, T> toMatch) {
    List<T> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(toMatch.apply(m));
    }
    return out;
  }
}
