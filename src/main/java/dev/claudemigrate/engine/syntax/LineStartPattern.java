package dev.claudemigrate.engine.syntax;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multi-line regular expression anchored at a line's start ({@code (?m)^...}), searched in a
 * range of a text the way {@link Matcher#find()} searches the range but tried only at the range's
 * start and after each line terminator. {@code Pattern} tries such an expression at every offset
 * (see {@link HeadedPattern} for why that is slow here); the answers are the same.
 */
public record LineStartPattern(Pattern pattern) {
  public static LineStartPattern of(String regex) {
    return new LineStartPattern(Pattern.compile(regex));
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
}
