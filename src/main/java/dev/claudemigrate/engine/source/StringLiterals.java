package dev.claudemigrate.engine.source;

/**
 * The string and character literals {@link CodeLexer} meets: where each ends, and which parts of it
 * are interpolated code, per language.
 */
final class StringLiterals {
  /** How the code inside a literal is marked, if it has any. */
  enum Interpolation {
    NONE,
    /**
     * Python f-strings: {@code {x}} is code, braces included; {@code {{}} and {@code }}} are text.
     */
    PYTHON,
    /** JavaScript templates: {@code ${x}} is code, delimiters included. */
    JS,
    /** Kotlin: the {@code x} of {@code ${x}} and {@code $x} is code, the delimiters are string. */
    KOTLIN
  }

  /**
   * @param close what ends the literal
   * @param escapes whether a backslash escapes the next character
   * @param multiline whether a line break may stand inside (else it ends an unterminated literal)
   * @param context whether the literal is a string ({@code true}) or code such as a Go rune
   * @param raw a Python raw string, where {@code \N{...}} is no escape
   */
  private record Shape(
      String close,
      boolean escapes,
      boolean multiline,
      Interpolation interp,
      boolean context,
      boolean raw) {
    Shape(String close, boolean escapes, boolean multiline, Interpolation interp, boolean context) {
      this(close, escapes, multiline, interp, context, false);
    }
  }

  private StringLiterals() {}

  /**
   * Whether {@code [from, to)} is a Python string prefix (r, b, u, f and their pairs, any case).
   */
  static boolean isPrefix(String s, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if ("rRbBuUfF".indexOf(s.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A Python string whose prefix starts at {@code start} and whose quote is at {@code quote}. */
  static int python(CodeLexer lx, int start, int quote) {
    String s = lx.text();
    char q = s.charAt(quote);
    boolean triple = s.startsWith(q == '"' ? "\"\"\"" : "'''", quote);
    boolean f = false;
    boolean r = false;
    for (int k = start; k < quote; k++) {
      char p = Character.toLowerCase(s.charAt(k));
      f |= p == 'f';
      r |= p == 'r';
    }
    Shape shape = PYTHON_SHAPES[(q == '"' ? 8 : 0) | (triple ? 4 : 0) | (f ? 2 : 0) | (r ? 1 : 0)];
    return literal(lx, start, quote + shape.close().length(), shape);
  }

  /**
   * The shapes of Python literals, by quote, triple quotes, f and r prefix (bits 8, 4, 2, 1): built
   * once, not for every literal of every file.
   */
  private static final Shape[] PYTHON_SHAPES = pythonShapes();

  private static Shape[] pythonShapes() {
    Shape[] shapes = new Shape[16];
    for (int k = 0; k < shapes.length; k++) {
      String q = (k & 8) != 0 ? "\"" : "'";
      boolean triple = (k & 4) != 0;
      Interpolation interp = (k & 2) != 0 ? Interpolation.PYTHON : Interpolation.NONE;
      shapes[k] = new Shape(triple ? q.repeat(3) : q, true, triple, interp, true, (k & 1) != 0);
    }
    return shapes;
  }

  /**
   * A literal of Java, JavaScript, TypeScript, Go or Kotlin opened by {@code quote} at {@code i};
   * returns its end, or -1 when the character opens nothing in this language (a Java backtick).
   */
  static int cFamily(CodeLexer lx, int i, char quote) {
    boolean triple = quote == '"' && lx.text().startsWith("\"\"\"", i);
    Language lang = lx.language();
    Shape shape =
        switch (lang) {
          case GO ->
              quote == '"'
                  ? new Shape("\"", true, false, Interpolation.NONE, true)
                  : quote == '`'
                      ? new Shape("`", false, true, Interpolation.NONE, true)
                      : new Shape("'", true, false, Interpolation.NONE, false);
          case KOTLIN ->
              quote == '`'
                  ? new Shape("`", false, false, Interpolation.NONE, false)
                  : triple
                      ? new Shape("\"\"\"", false, true, Interpolation.KOTLIN, true)
                      : new Shape(
                          String.valueOf(quote),
                          true,
                          false,
                          quote == '"' ? Interpolation.KOTLIN : Interpolation.NONE,
                          true);
          case JAVA ->
              quote == '`'
                  ? null
                  : triple
                      ? new Shape("\"\"\"", true, true, Interpolation.NONE, true)
                      : new Shape(String.valueOf(quote), true, false, Interpolation.NONE, true);
          default ->
              quote == '`'
                  ? new Shape("`", true, true, Interpolation.JS, true)
                  : new Shape(String.valueOf(quote), true, false, Interpolation.NONE, true);
        };
    if (shape == null) {
      return -1;
    }
    int open = triple && shape.close().length() == 3 ? 3 : 1;
    return literal(lx, i, i + open, shape);
  }

  /**
   * A Rust string whose prefix ({@code b}, {@code c}, {@code r}, {@code br}, {@code cr}, or none)
   * starts at {@code start} and whose opening quote is at {@code quote}; a raw string's '#' marks
   * stand between its prefix and its quote, and the same number must follow its closing quote. Rust
   * strings may span lines; raw strings have no escapes.
   */
  static int rust(CodeLexer lx, int start, int quote) {
    String s = lx.text();
    int hashes = 0;
    while (quote - hashes - 1 >= start && s.charAt(quote - hashes - 1) == '#') {
      hashes++;
    }
    boolean raw = s.charAt(quote - hashes - 1 < start ? start : quote - hashes - 1) == 'r';
    Shape shape =
        raw && quote > start
            ? new Shape("\"" + "#".repeat(hashes), false, true, Interpolation.NONE, true)
            : new Shape("\"", true, true, Interpolation.NONE, true);
    return literal(lx, start, quote + 1, shape);
  }

  /** Lexes the body of a literal that starts at {@code start}; returns its end. */
  private static int literal(CodeLexer lx, int start, int body, Shape shape) {
    String s = lx.text();
    int n = lx.length();
    int piece = start;
    int j = body;
    while (j < n) {
      char c = s.charAt(j);
      if (c == '\\' && shape.escapes()) {
        j = escapeEnd(s, j, shape);
      } else if (c == shape.close().charAt(0) && s.startsWith(shape.close(), j)) {
        return finish(lx, piece, closeEnd(s, j, shape), shape);
      } else if (c == '\n' && !shape.multiline()) {
        break;
      } else if (shape.interp() != Interpolation.NONE && isInterpolation(s, j, shape.interp())) {
        int[] next = interpolation(lx, piece, j, shape.interp());
        piece = next[0];
        j = next[1];
      } else {
        j += shape.interp() == Interpolation.PYTHON && (c == '{' || c == '}') ? 2 : 1;
      }
    }
    return finish(lx, piece, Math.min(j, n), shape);
  }

  /**
   * Where the escape at {@code j} ends. In an f-string a backslash does not escape a '{' (the field
   * still opens), and a non-raw {@code \N{NAME}} is one escape, braces included.
   */
  private static int escapeEnd(String s, int j, Shape shape) {
    if (shape.interp() != Interpolation.PYTHON || j + 1 >= s.length()) {
      return j + 2;
    }
    char d = s.charAt(j + 1);
    if (d == '{') {
      return j + 1;
    }
    if (d == 'N' && !shape.raw() && j + 2 < s.length() && s.charAt(j + 2) == '{') {
      int close = s.indexOf('}', j + 3);
      return close < 0 ? s.length() : close + 1;
    }
    return j + 2;
  }

  private static int finish(CodeLexer lx, int piece, int end, Shape shape) {
    if (shape.context()) {
      lx.string(piece, end);
    }
    lx.afterValue();
    return end;
  }

  /**
   * Where a closing delimiter at {@code j} ends: a Kotlin raw string takes a run of extra quotes.
   */
  private static int closeEnd(String s, int j, Shape shape) {
    int end = j + shape.close().length();
    if (shape.interp() == Interpolation.KOTLIN && shape.close().length() == 3) {
      while (end < s.length() && s.charAt(end) == '"') {
        end++;
      }
    }
    return end;
  }

  private static boolean isInterpolation(String s, int j, Interpolation kind) {
    char c = s.charAt(j);
    char d = j + 1 < s.length() ? s.charAt(j + 1) : 0;
    return switch (kind) {
      case PYTHON -> c == '{' && d != '{';
      case JS -> c == '$' && d == '{';
      case KOTLIN -> c == '$' && (d == '{' || Character.isLetter(d));
      case NONE -> false;
    };
  }

  /**
   * Marks the string piece before the interpolation at {@code j} and lexes its code; returns where
   * the next string piece starts and where lexing the literal goes on.
   */
  private static int[] interpolation(CodeLexer lx, int piece, int j, Interpolation kind) {
    String s = lx.text();
    if (kind == Interpolation.KOTLIN && s.charAt(j + 1) != '{') {
      lx.string(piece, j + 1);
      int e = j + 1;
      while (e < s.length() && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_')) {
        e++;
      }
      return new int[] {e, e};
    }
    int codeStart = kind == Interpolation.PYTHON ? j + 1 : j + 2;
    if (kind != Interpolation.KOTLIN) {
      lx.string(piece, j);
      int close = lx.interpolation(codeStart);
      return new int[] {close + 1, close + 1};
    }
    // Kotlin's grammar makes only the expression code: the delimiters and the blanks around it are
    // string.
    int first = codeStart;
    while (first < s.length() && Character.isWhitespace(s.charAt(first))) {
      first++;
    }
    lx.string(piece, first);
    int close = lx.interpolation(first);
    int last = close;
    while (last > first && Character.isWhitespace(s.charAt(last - 1))) {
      last--;
    }
    return new int[] {last, close + 1};
  }
}
