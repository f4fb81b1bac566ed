package dev.claudemigrate.engine.syntax;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multi-line regular expression anchored at a line's start ({@code (?m)^...}), searched in a
 * range of a text the way {@link Matcher#find()} searches the range but tried only at the range's
 * start and after each line terminator. {@code Pattern} tries such an expression at every offset
 * (see {@link HeadedPattern} for why that is slow here); the answers are the same.
 *
 * <p>With {@code words}, every match starts, after spaces and tabs, with one of them as a whole
 * lower-case word (the next character no letter, digit or '_'), and a line that starts otherwise is
 * not tried: reading its first word costs a few characters, trying the expression a {@code Matcher}
 * reset and its alternatives. Each caller's tests pin that its expression needs a word.
 *
 * @param words by length, the words a match may start with; empty when any line is tried
 */
public record LineStartPattern(Pattern pattern, String[][] words) {
  public static LineStartPattern of(String regex) {
    return new LineStartPattern(Pattern.compile(regex), new String[0][]);
  }

  /** A pattern whose every match starts with one of {@code words} (lower-case ASCII letters). */
  public static LineStartPattern of(String regex, List<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    String[][] byLength = new String[longest + 1][];
    for (int len = 0; len <= longest; len++) {
      int l = len;
      byLength[len] = words.stream().filter(w -> w.length() == l).toArray(String[]::new);
    }
    return new LineStartPattern(Pattern.compile(regex), byLength);
  }

  /** Successive matches in {@code [from, to)} of {@code text}. */
  public Finder finder(String text, int from, int to) {
    return new Finder(text, from, to);
  }

  /** Successive matches, left to right and not overlapping, as {@code find()} gives them. */
  public final class Finder {
    private final String text;
    private final Matcher matcher;
    private final int to;
    private int at;

    Finder(String text, int from, int to) {
      this.text = text;
      this.to = to;
      this.at = from;
      // The range's start is a line start for find() (anchoring bounds); it is one here only when
      // a terminator or the text's start precedes it, so the range is opened there with the
      // default bounds and moved to the terminators after.
      this.matcher = pattern.matcher(text).region(from, to);
    }

    /** Moves to the next match; false when there is none. */
    public boolean next() {
      while (at <= to) {
        int start = at;
        if (!mayStartAt(start)) {
          at = nextLineStart(start);
          continue;
        }
        if (start > matcher.regionStart()) {
          matcher.region(start, to).useAnchoringBounds(false).useTransparentBounds(true);
        }
        boolean found = matcher.lookingAt();
        at = found && matcher.end() > start ? matcher.end() : nextLineStart(start);
        if (found) {
          return true;
        }
      }
      return false;
    }

    /** Whether a match may start at {@code start}: its first word is one of the words. */
    private boolean mayStartAt(int start) {
      if (words.length == 0) {
        return true;
      }
      int i = start;
      while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      int e = i;
      while (e < to && text.charAt(e) >= 'a' && text.charAt(e) <= 'z') {
        e++;
      }
      if (e - i >= words.length || e < text.length() && isWordPart(text.charAt(e))) {
        return false;
      }
      for (String w : words[e - i]) {
        if (text.startsWith(w, i)) {
          return true;
        }
      }
      return false;
    }

    /** The offset after the next line terminator after {@code from}, or past {@code to}. */
    private int nextLineStart(int from) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
          return i + 1;
        }
      }
      return to + 1;
    }

    public int start() {
      return matcher.start();
    }

    public int end() {
      return matcher.end();
    }

    public String group(int group) {
      return matcher.group(group);
    }
  }

  private static boolean isWordPart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
