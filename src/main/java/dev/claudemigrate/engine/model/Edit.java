package dev.claudemigrate.engine.model;

/**
 * A replacement of the characters {@code [start, end)} of a file's decoded text.
 *
 * @param start first character offset replaced (inclusive)
 * @param end offset after the last character replaced (exclusive); equal to start for an insertion
 * @param replacement the new text
 */
public record Edit(int start, int end, String replacement) {
  public Edit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
    }
    if (replacement == null) {
      throw new IllegalArgumentException("replacement is null");
    }
  }

  /** A deletion of {@code [start, end)}. */
  public static Edit delete(int start, int end) {
    return new Edit(start, end, "");
  }

  /**
   * True when the two edits touch overlapping characters (two insertions at one point also
   * overlap).
   */
  public boolean overlaps(Edit o) {
    if (start == end && o.start == o.end) {
      return start == o.start;
    }
    return start < o.end && o.start < end;
  }
}
