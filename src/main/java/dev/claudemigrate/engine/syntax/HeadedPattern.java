package dev.claudemigrate.engine.syntax;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose every match starts with one of a few literal heads, searched the way
 * {@link Matcher#find()} searches it but tried only where a head occurs.
 *
 * <p>Why: {@code Pattern} skips ahead by a literal only when the expression starts with one. An
 * expression that starts with a look-behind ({@code (?<![\w])}, {@code (?<=\.|::)}) or an
 * alternation is tried at every offset of the text, and under the launcher's C1 compiler each try
 * costs tens of nanoseconds: several such scans over each candidate file were most of a tree scan's
 * rule time (docs/performance.md). {@link String#indexOf} finds the heads at about one nanosecond a
 * character, and the expression is then tried at those offsets only, with the whole text visible to
 * its look-arounds (transparent bounds), so it finds exactly what {@code find()} finds.
 *
 * <p>The expression must not match an empty string and must match only where one of {@code heads}
 * starts; each caller's tests pin this.
 */
public record HeadedPattern(Pattern pattern, List<String> heads) {
  public HeadedPattern {
    heads = List.copyOf(heads);
  }

  public static HeadedPattern of(String regex, String... heads) {
    return new HeadedPattern(Pattern.compile(regex), List.of(heads));
  }

  /** Whether {@code text} holds a match. */
  public boolean foundIn(String text) {
    return new Finder(text).next();
  }

  /** A finder over {@code text}: call {@link Finder#next()} as one would {@code find()}. */
  public Finder finder(String text) {
    return new Finder(text);
  }

  /** Successive matches, left to right and not overlapping, as {@code find()} gives them. */
  public final class Finder {
    private final String text;
    private final Matcher matcher;
    private final int[] next;
    private int from;

    Finder(String text) {
      this.text = text;
      this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      this.next = new int[heads.size()];
      for (int h = 0; h < next.length; h++) {
        next[h] = CharPairs.indexOf(text, heads.get(h), 0);
      }
    }

    /** Moves to the next match; false when there is none. */
    public boolean next() {
      while (true) {
        int at = nearest();
        if (at < 0) {
          return false;
        }
        matcher.region(at, text.length());
        if (matcher.lookingAt()) {
          from = matcher.end();
          for (int h = 0; h < next.length; h++) {
            if (next[h] >= 0 && next[h] < from) {
              next[h] = text.indexOf(heads.get(h), from);
            }
          }
          return true;
        }
        for (int h = 0; h < next.length; h++) {
          if (next[h] == at) {
            next[h] = text.indexOf(heads.get(h), at + 1);
          }
        }
      }
    }

    private int nearest() {
      int best = -1;
      for (int at : next) {
        if (at >= from && (best < 0 || at < best)) {
          best = at;
        }
      }
      return best;
    }

    public int start() {
      return matcher.start();
    }

    public int end() {
      return matcher.end();
    }

    public String group() {
      return matcher.group();
    }

    public String group(int group) {
      return matcher.group(group);
    }

    /**
     * The match as a {@link java.util.regex.MatchResult}-like matcher (for callers that take one).
     */
    public Matcher matcher() {
      return matcher;
    }
  }
}
