package dev.claudemigrate.engine.source;

import java.util.Set;

/**
 * Finds the string literals and comments of code in one linear pass, without a parse: the context
 * map of a code file (ADR 0060). It agrees with the tree-sitter grammars on well-formed code (see
 * {@code CodeLexerEquivalenceTest}): a string or comment is one range from its first to its last
 * character (a Python prefix such as {@code rb} included), and the expressions inside template
 * interpolations ({@code f"{x}"}, {@code `${x}`}, Kotlin {@code "${x}"} and {@code "$x"}) are code
 * again, with their own strings. Rust's raw strings, prefixed strings and character literals are
 * read by {@link RustTokens}, C#'s verbatim, raw and interpolated strings by {@link CSharpTokens}.
 * Known gaps: JSX text (an apostrophe in it opens a string to the end of its line), and JavaScript
 * regular-expression literals where a division could also stand.
 */
final class CodeLexer {
  /** Words after which a JavaScript '/' starts a regular expression rather than a division. */
  private static final Set<String> REGEX_AFTER =
      Set.of(
          "return",
          "typeof",
          "case",
          "do",
          "else",
          "in",
          "of",
          "new",
          "delete",
          "void",
          "throw",
          "yield",
          "await",
          "instanceof");

  private final String s;
  private final int n;
  private final Language lang;
  private final RangeContextMap.Builder b = RangeContextMap.builder(Context.CODE);

  /** The last character of the previous token outside strings and comments (0 at the start). */
  private char prev;

  /** Where the previous token starts when it was a word (ends at {@link #prevWordEnd}), else -1. */
  private int prevWord = -1;

  private int prevWordEnd;

  private CodeLexer(Language lang, String text) {
    this.s = text;
    this.n = text.length();
    this.lang = lang;
  }

  /** The contexts of {@code text}, a file in the code language {@code lang}. */
  static ContextMap of(Language lang, String text) {
    CodeLexer lexer = new CodeLexer(lang, text);
    lexer.code(0, false);
    ContextMap map = lexer.b.build();
    return offset -> offset < 0 || offset >= text.length() ? Context.CODE : map.at(offset);
  }

  /**
   * Lexes code from {@code i}; inside an interpolation ({@code nested}) stops at the '}' that
   * closes it and returns its offset, else returns the end of the text.
   */
  private int code(int i, boolean nested) {
    int depth = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++; // blank between tokens: opens nothing, and the previous token stays the last one
        continue;
      }
      if (nested && c == '}' && depth-- == 0) {
        return i;
      }
      if (nested && lang == Language.PYTHON && c == ':' && depth == 0) {
        return formatSpec(i + 1);
      }
      depth += c == '{' || lang == Language.PYTHON && (c == '(' || c == '[') ? 1 : 0;
      depth -= lang == Language.PYTHON && (c == ')' || c == ']') ? 1 : 0;
      int next = lang == Language.PYTHON ? python(i, c) : cFamily(i, c);
      if (next < 0) {
        next = i + 1;
        if (!Character.isWhitespace(c)) {
          prev = c;
          prevWord = -1;
        }
      }
      i = next;
    }
    return n;
  }

  /**
   * The format specification of a Python f-string field ({@code {x:#x}}, {@code {x:>{w}}}), from
   * {@code i} to the '}' that closes the field, whose offset it returns: text, not code, except for
   * nested fields.
   */
  private int formatSpec(int i) {
    while (i < n && s.charAt(i) != '}') {
      i = s.charAt(i) == '{' ? interpolation(i + 1) + 1 : i + 1;
    }
    return Math.min(i, n);
  }

  /** One Python token at {@code i}, or -1 for a single character of code. */
  private int python(int i, char c) {
    if (c == '#') {
      return comment(i, lineEnd(i));
    }
    if (c == '"' || c == '\'') {
      int doc = docstringEnd(i, c);
      return doc > 0 ? comment(i, doc) : StringLiterals.python(this, i, i);
    }
    if (c == '\\') {
      return i + 2;
    }
    if (isWordStart(c)) {
      int e = wordEnd(i);
      if (e < n
          && (s.charAt(e) == '"' || s.charAt(e) == '\'')
          && StringLiterals.isPrefix(s, i, e)) {
        return StringLiterals.python(this, i, e);
      }
      return word(i, e);
    }
    return -1;
  }

  /**
   * The end of a Python docstring opened at {@code i}, or -1. A triple-quoted string that stands
   * alone as a statement (nothing before it on its line, nothing after it) right after a block
   * header ({@code def ...:}, {@code class ...:}, {@code if ...:}) or at the top of the module is
   * never evaluated into anything: it documents, like a comment, and is treated as one (ADR 0085:
   * comments are reported, never rewritten).
   */
  private int docstringEnd(int i, char q) {
    String q3 = q == '"' ? "\"\"\"" : "'''";
    if (!s.startsWith(q3, i) || !blankBefore(i)) {
      return -1;
    }
    // The code line before it, past blank and comment lines; none at the top of the module.
    String previous = "";
    for (int e = lineStart(i) - 1; e > 0 && previous.isEmpty(); ) {
      int b = lineStart(e);
      String line = s.substring(b, e).strip();
      previous = line.startsWith("#") ? "" : line;
      e = b - 1;
    }
    if (!previous.isEmpty() && !previous.endsWith(":")) {
      return -1;
    }
    int j = i + 3;
    while (j < n && !s.startsWith(q3, j)) {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    int end = Math.min(n, j + 3);
    int eol = lineEnd(Math.min(end, n - 1));
    return end <= n && s.substring(end, Math.max(end, eol)).isBlank() ? end : -1;
  }

  /** Whether only white space stands between the start of {@code i}'s line and {@code i}. */
  private boolean blankBefore(int i) {
    for (int k = i - 1; k >= 0 && s.charAt(k) != '\n'; k--) {
      if (!Character.isWhitespace(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private int lineStart(int i) {
    return s.lastIndexOf('\n', i - 1) + 1;
  }

  /**
   * One Java, JavaScript, TypeScript, Go, Kotlin, Rust or C# token at {@code i}, or -1 for one
   * character.
   */
  private int cFamily(int i, char c) {
    char d = i + 1 < n ? s.charAt(i + 1) : 0;
    if (c == '/' && d == '/') {
      return comment(i, lang == Language.RUST ? RustTokens.lineCommentEnd(s, i) : lineEnd(i));
    }
    if (c == '/' && d == '*') {
      return comment(i, blockCommentEnd(i));
    }
    if (lang == Language.RUST && (c == '"' || c == '\'' || c == 'b' || c == 'c' || c == 'r')) {
      int e = RustTokens.at(this, i, c);
      if (e >= 0 || c == '\'') {
        return e;
      }
    }
    if (lang == Language.CSHARP && "\"'@$#".indexOf(c) >= 0) {
      int e = CSharpTokens.at(this, i, c);
      if (e >= 0) {
        return e;
      }
    }
    if (c == '"' || c == '\'' || c == '`') {
      return StringLiterals.cFamily(this, i, c);
    }
    if (c == '/' && isJs() && regexMayStart()) {
      int e = regexEnd(i);
      if (e > 0) {
        prev = 'x';
        prevWord = -1;
        return e;
      }
    }
    if (isWordStart(c)) {
      return word(i, wordEnd(i));
    }
    return -1;
  }

  private int word(int i, int e) {
    prevWord = i;
    prevWordEnd = e;
    prev = s.charAt(e - 1);
    return e;
  }

  private int comment(int start, int end) {
    b.add(start, end, Context.COMMENT);
    return end;
  }

  /** Records {@code [start, end)} as part of a string literal; returns {@code end}. */
  int string(int start, int end) {
    b.add(start, end, Context.STRING_LITERAL);
    return end;
  }

  /** Lexes the code of an interpolation from {@code i}; returns the offset of its closing '}'. */
  int interpolation(int i) {
    char savedPrev = prev;
    int savedWord = prevWord;
    int savedWordEnd = prevWordEnd;
    prev = 0;
    prevWord = -1;
    int close = code(i, true);
    prev = savedPrev;
    prevWord = savedWord;
    prevWordEnd = savedWordEnd;
    return close;
  }

  /** Ends a string token: the code after it sees a value. */
  void afterValue() {
    prev = 'x';
    prevWord = -1;
  }

  String text() {
    return s;
  }

  int length() {
    return n;
  }

  Language language() {
    return lang;
  }

  boolean isJs() {
    return lang == Language.JAVASCRIPT || lang == Language.TYPESCRIPT;
  }

  /** The offset of the line break that ends the line of {@code i}, or the text's end. */
  int lineEnd(int i) {
    int e = s.indexOf('\n', i);
    return e < 0 ? n : e;
  }

  private int blockCommentEnd(int i) {
    if (lang != Language.KOTLIN && lang != Language.RUST) {
      int e = s.indexOf("*/", i + 2);
      return e < 0 ? n : e + 2;
    }
    int depth = 0;
    for (int k = i; k + 1 < n; k++) {
      if (s.charAt(k) == '/' && s.charAt(k + 1) == '*') {
        depth++;
        k++;
      } else if (s.charAt(k) == '*' && s.charAt(k + 1) == '/') {
        k++;
        if (--depth == 0) {
          return k + 1;
        }
      }
    }
    return n;
  }

  private boolean regexMayStart() {
    if (prevWord >= 0) {
      return REGEX_AFTER.contains(s.substring(prevWord, prevWordEnd));
    }
    return prev == 0 || "(,=:[!&|?{};+-*%<>~^".indexOf(prev) >= 0;
  }

  /** The end of a regular-expression literal at {@code i}, or -1 when none ends on this line. */
  private int regexEnd(int i) {
    boolean inClass = false;
    for (int k = i + 1; k < n; k++) {
      char c = s.charAt(k);
      if (c == '\n') {
        return -1;
      } else if (c == '\\') {
        k++;
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        int e = k + 1;
        while (e < n && Character.isLetter(s.charAt(e))) {
          e++;
        }
        return e;
      }
    }
    return -1;
  }

  /** For an ASCII character, whether it belongs to a word: a table, read once a character. */
  private static final boolean[] WORD = wordTable();

  private static boolean[] wordTable() {
    boolean[] t = new boolean[128];
    for (char c = 0; c < 128; c++) {
      t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
    t['$'] = true;
    return t;
  }

  private static boolean isWordStart(char c) {
    return c < 128 ? WORD[c] : Character.isLetterOrDigit(c);
  }

  /** The end of the identifier, keyword or number that starts at {@code i}. */
  int wordEnd(int i) {
    int e = i;
    while (e < n && isWordStart(s.charAt(e))) {
      e++;
    }
    return e;
  }
}
