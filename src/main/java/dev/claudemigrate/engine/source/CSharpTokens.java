package dev.claudemigrate.engine.source;

import java.util.Set;

/**
 * The C# tokens {@link CodeLexer} must know beyond the C family's: regular strings ({@code "..."},
 * escapes, one line), verbatim strings ({@code @"..."}: no escapes, {@code ""} is a quote, may span
 * lines), raw strings ({@code """..."""}, three quotes or more), interpolated strings ({@code
 * $"..."}, {@code $@"..."}, {@code @$"..."}, {@code $$"""..."""}) whose holes are code with their
 * own strings, the UTF-8 suffix {@code u8}, character literals (strings, as the grammar reads them)
 * and preprocessor lines whose rest is free text ({@code #region It's here}), which are code.
 */
final class CSharpTokens {
  /** Directives whose rest of line is free text, not tokens. */
  private static final Set<String> TEXT_DIRECTIVES =
      Set.of("region", "endregion", "pragma", "error", "warning", "line", "nullable");

  /** How one string literal is delimited. */
  private record Shape(int dollars, boolean verbatim, String rawClose) {
    boolean raw() {
      return rawClose != null;
    }
  }

  private CSharpTokens() {}

  /**
   * The end of the literal or free-text directive at {@code i}, or -1 when none starts there (the
   * caller lexes the character as code).
   */
  static int at(CodeLexer lx, int i, char c) {
    String s = lx.text();
    int n = lx.length();
    if (c == '#') {
      return directiveEnd(lx, i);
    }
    if (c == '\'') {
      return charEnd(lx, i);
    }
    int j = i;
    int dollars = run(s, j, '$');
    j += dollars;
    boolean verbatim = j < n && s.charAt(j) == '@';
    if (verbatim) {
      j++;
      if (dollars == 0 && j < n && s.charAt(j) == '$') {
        dollars = 1;
        j++;
      }
    }
    if (j >= n || s.charAt(j) != '"') {
      return -1;
    }
    int quotes = run(s, j, '"');
    if (!verbatim && quotes >= 3) {
      return body(lx, i, j + quotes, new Shape(dollars, false, "\"".repeat(quotes)));
    }
    if (quotes == 2 && !verbatim) {
      return finish(lx, i, j + 2, dollars == 0);
    }
    return body(lx, i, j + 1, new Shape(dollars, verbatim, null));
  }

  /** Lexes a string's body from {@code k}; its holes are code. Returns its end. */
  private static int body(CodeLexer lx, int start, int k, Shape shape) {
    String s = lx.text();
    int n = lx.length();
    int piece = start;
    while (k < n) {
      char ch = s.charAt(k);
      if (shape.raw() && s.startsWith(shape.rawClose(), k)) {
        return finish(lx, piece, k + shape.rawClose().length(), shape.dollars() == 0);
      } else if (!shape.raw() && ch == '"') {
        if (!shape.verbatim() || k + 1 >= n || s.charAt(k + 1) != '"') {
          return finish(lx, piece, k + 1, shape.dollars() == 0);
        }
        k += 2;
      } else if (!shape.raw() && !shape.verbatim() && (ch == '\\' || ch == '\n')) {
        if (ch == '\n') {
          return finish(lx, piece, k, false);
        }
        k += 2;
      } else if (shape.dollars() > 0 && ch == '{') {
        int[] next = hole(lx, piece, k, shape);
        piece = next[0];
        k = next[1];
      } else {
        k++;
      }
    }
    return finish(lx, piece, n, false);
  }

  /**
   * The braces at {@code k} of an interpolated string: text ({@code {{} in a non-raw string, fewer
   * than the '$' count in a raw one) or a hole, whose braces and expression are code. Returns where
   * the next string piece starts and where lexing goes on.
   */
  private static int[] hole(CodeLexer lx, int piece, int k, Shape shape) {
    String s = lx.text();
    int r = run(s, k, '{');
    int need = shape.raw() ? shape.dollars() : 1;
    if (!shape.raw() && r >= 2) {
      return new int[] {piece, k + 2};
    }
    if (r < need) {
      return new int[] {piece, k + r};
    }
    lx.string(piece, k + r - need);
    int close = lx.interpolation(k + r);
    int after = Math.min(lx.length(), close + need);
    return new int[] {after, after};
  }

  /** Marks the last string piece; a non-interpolated string may carry the suffix {@code u8}. */
  private static int finish(CodeLexer lx, int piece, int end, boolean plain) {
    String s = lx.text();
    int e = end;
    if (plain && (s.startsWith("u8", e) || s.startsWith("U8", e))) {
      e += 2;
    }
    lx.string(piece, e);
    lx.afterValue();
    return e;
  }

  /** A character literal ({@code 'a'}, {@code '\''}, {@code '\u0041'}): one string range. */
  private static int charEnd(CodeLexer lx, int q) {
    String s = lx.text();
    int n = lx.length();
    int k = q + 1 < n && s.charAt(q + 1) == '\\' ? q + 3 : q + 2;
    while (k < n && s.charAt(k) != '\'' && s.charAt(k) != '\n') {
      k++;
    }
    int end = k < n && s.charAt(k) == '\'' ? k + 1 : Math.min(k, n);
    lx.string(q, end);
    lx.afterValue();
    return end;
  }

  /**
   * The end of a preprocessor line at {@code i} whose rest is free text ({@code #region}, {@code
   * #pragma}, ...): code to the end of the line. Other directives ({@code #if DEBUG // note}) are
   * tokens, read as code is; -1 for them and for a '#' that does not start its line.
   */
  private static int directiveEnd(CodeLexer lx, int i) {
    String s = lx.text();
    int lineStart = s.lastIndexOf('\n', i - 1) + 1;
    if (!s.substring(lineStart, i).isBlank()) {
      return -1;
    }
    int w = i + 1;
    while (w < lx.length() && (s.charAt(w) == ' ' || s.charAt(w) == '\t')) {
      w++;
    }
    int e = w;
    while (e < lx.length() && Character.isLetter(s.charAt(e))) {
      e++;
    }
    return TEXT_DIRECTIVES.contains(s.substring(w, e)) ? lx.lineEnd(i) : -1;
  }

  private static int run(String s, int k, char c) {
    int e = k;
    while (e < s.length() && s.charAt(e) == c) {
      e++;
    }
    return e - k;
  }
}
