package dev.claudemigrate.engine.requests;

import java.util.ArrayList;
import java.util.List;

/**
 * Bracket and string aware scanning of source text: where an expression ends, where a bracket
 * closes, and the top-level elements of a list. Good enough for the literal-only expressions a
 * request is built from; anything it cannot follow is treated as built at run time.
 */
final class Spans {
  private Spans() {}

  /** The offset of the bracket closing the one at {@code open}, or -1. */
  static int closing(String t, int open) {
    int depth = 0;
    for (int i = open; i < t.length(); i++) {
      char c = t.charAt(i);
      if ("\"'`".indexOf(c) >= 0) {
        int end = Literals.literalEnd(t, i);
        if (end < 0) {
          return -1;
        }
        i = end - 1;
      } else if ("([{".indexOf(c) >= 0) {
        depth++;
      } else if (")]}".indexOf(c) >= 0 && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the expression starting at {@code start} ends: at a newline, {@code ;} or {@code ,}
   * outside brackets (a line ending in an operator continues), or before a closing bracket it did
   * not open.
   */
  static int expressionEnd(String t, int start) {
    int depth = 0;
    for (int i = start; i < t.length(); i++) {
      char c = t.charAt(i);
      if ("\"'`".indexOf(c) >= 0) {
        int end = Literals.literalEnd(t, i);
        if (end < 0) {
          return i;
        }
        i = end - 1;
      } else if ("([{".indexOf(c) >= 0) {
        depth++;
      } else if (")]}".indexOf(c) >= 0) {
        if (depth-- == 0) {
          return i;
        }
      } else if (depth == 0 && (c == ';' || c == ',')) {
        return i;
      } else if (depth == 0 && c == '\n' && !continues(t, start, i)) {
        return i;
      } else if (depth == 0
          && c == '#'
          && (i == start || Character.isWhitespace(t.charAt(i - 1)))) {
        return i;
      } else if (depth == 0 && t.startsWith("//", i)) {
        return i;
      }
    }
    return t.length();
  }

  /**
   * Whether the line ending at {@code nl} goes on: it ends in an operator or the next starts with
   * one.
   */
  private static boolean continues(String t, int start, int nl) {
    String before = t.substring(start, nl).stripTrailing();
    if (before.isEmpty()) {
      return true;
    }
    char last = before.charAt(before.length() - 1);
    if ("+=?:|&(\\".indexOf(last) >= 0) {
      return true;
    }
    String after = t.substring(nl + 1).stripLeading();
    return after.startsWith(".")
        || after.startsWith("?")
        || after.startsWith("+")
        || after.startsWith(":");
  }

  /**
   * The top-level elements between {@code open} (a bracket) and its closing bracket, as {@code
   * [start, end)} pairs with surrounding blanks trimmed; null when the bracket does not close.
   */
  static List<int[]> elements(String t, int open) {
    int close = closing(t, open);
    if (close < 0) {
      return null;
    }
    List<int[]> out = new ArrayList<>();
    int from = open + 1;
    int depth = 0;
    for (int i = open + 1; i <= close; i++) {
      char c = i < close ? t.charAt(i) : ',';
      if (i < close && "\"'`".indexOf(c) >= 0) {
        int end = Literals.literalEnd(t, i);
        if (end < 0) {
          return null;
        }
        i = end - 1;
      } else if ("([{".indexOf(c) >= 0) {
        depth++;
      } else if (")]}".indexOf(c) >= 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        int s = from;
        int e = i;
        while (s < e && Character.isWhitespace(t.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          out.add(new int[] {s, e});
        }
        from = i + 1;
      }
    }
    return out;
  }
}
