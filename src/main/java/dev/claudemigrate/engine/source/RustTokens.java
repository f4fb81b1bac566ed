package dev.claudemigrate.engine.source;

/**
 * The Rust tokens {@link CodeLexer} must know beyond the C family's: strings with a prefix ({@code
 * b"..."}, {@code c"..."}), raw strings ({@code r"..."}, {@code r#"..."#}, {@code br#"..."#}), and
 * character literals ({@code 'a'}, {@code '\n'}, {@code b'x'}) told apart from lifetimes and loop
 * labels ({@code 'a}, {@code 'static}), which are code and open nothing.
 */
final class RustTokens {
  private RustTokens() {}

  /**
   * The end of the string or character literal at {@code i}, or -1 when none starts there (the
   * caller lexes the character or word as code).
   */
  static int at(CodeLexer lx, int i, char c) {
    String s = lx.text();
    if (c == '"') {
      return StringLiterals.rust(lx, i, i);
    }
    if (c == '\'') {
      return charEnd(lx, i);
    }
    int j = i;
    if (c == 'b' || c == 'c') {
      j++;
    }
    if (j < lx.length() && s.charAt(j) == 'r' && (j > i || c == 'r')) {
      int k = j + 1;
      while (k < lx.length() && s.charAt(k) == '#') {
        k++;
      }
      if (k < lx.length() && s.charAt(k) == '"') {
        return StringLiterals.rust(lx, i, k);
      }
      return -1;
    }
    if (j > i && j < lx.length() && s.charAt(j) == '"') {
      return StringLiterals.rust(lx, i, j);
    }
    if (c == 'b' && j < lx.length() && s.charAt(j) == '\'') {
      return charEnd(lx, j);
    }
    return -1;
  }

  /**
   * The end of the line comment at {@code i}: a doc comment ({@code ///} but not {@code ////}, or
   * {@code //!}) takes its line break, as the grammar reads it.
   */
  static int lineCommentEnd(String s, int i) {
    int e = s.indexOf('\n', i);
    if (e < 0) {
      return s.length();
    }
    boolean outer = s.startsWith("///", i) && !s.startsWith("////", i);
    return outer || s.startsWith("//!", i) ? e + 1 : e;
  }

  /**
   * The end of a character literal whose quote is at {@code q}, or -1 for a lifetime or label: a
   * quote, then an escape or one character, then a quote. The literal is code, as a Go rune is.
   */
  private static int charEnd(CodeLexer lx, int q) {
    String s = lx.text();
    int n = lx.length();
    if (q + 1 >= n) {
      return -1;
    }
    int e;
    if (s.charAt(q + 1) == '\\') {
      e = q + 3;
      while (e < n && s.charAt(e) != '\'' && s.charAt(e) != '\n') {
        e++;
      }
    } else {
      e = q + 1 + Character.charCount(s.codePointAt(q + 1));
    }
    if (e >= n || s.charAt(e) != '\'') {
      return -1;
    }
    lx.afterValue();
    return e + 1;
  }
}
