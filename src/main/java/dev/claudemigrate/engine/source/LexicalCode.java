package dev.claudemigrate.engine.source;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contexts of source code in a language this scanner has no grammar for (Ruby, PHP, Swift,
 * Dart, Scala, Groovy, Elixir, Lua, C and C++, ...): comments and string literals found by one
 * lexical pass over the comment and quote syntax of the language's family, the rest code. A string
 * that is not triple-quoted ends at its line's end, so a quote the pass misreads (a Ruby {@code
 * ?'}, a Scala symbol) costs one line, never the rest of the file. Markup (HTML, XML, Vue, Svelte)
 * is {@link Markup}.
 */
final class LexicalCode {
  /**
   * The comment and quote syntax of a family of languages.
   *
   * @param lineComments markers that open a comment to the end of the line
   * @param blockOpen opens a block comment, or null
   * @param blockClose closes it
   * @param quotes characters that open a string closed by the same character
   * @param triple whether three quotes open a string that may span lines ({@code """}, {@code '''})
   * @param multiLine quotes whose strings may span lines (JavaScript's backtick in a script block)
   */
  record Syntax(
      String[] lineComments,
      String blockOpen,
      String blockClose,
      String quotes,
      boolean triple,
      String multiLine) {}

  /** {@code //} and {@code /* *\/} comments, double and single quotes, triple-quoted strings. */
  static final Syntax C = new Syntax(new String[] {"//"}, "/*", "*/", "\"'", true, "");

  /** PHP: C's syntax and {@code #} comments (a {@code #[} attribute is code, see below). */
  static final Syntax PHP = new Syntax(new String[] {"//", "#"}, "/*", "*/", "\"'", false, "");

  /** {@code #} comments (Ruby, Elixir, R, Perl, Julia, Crystal, CoffeeScript, Nim). */
  static final Syntax HASH = new Syntax(new String[] {"#"}, null, null, "\"'", true, "");

  /** Lua: {@code --} comments and {@code --[[ ]]} blocks. */
  static final Syntax LUA = new Syntax(new String[] {"--"}, "--[[", "]]", "\"'", false, "");

  /** Jsonnet: {@code //}, {@code #} and block comments; {@code |||} text blocks are rare. */
  static final Syntax JSONNET = new Syntax(new String[] {"//", "#"}, "/*", "*/", "\"'", false, "");

  /** JavaScript or TypeScript inside a markup file's script block. */
  static final Syntax SCRIPT = new Syntax(new String[] {"//"}, "/*", "*/", "\"'`", false, "`");

  private static final Map<String, Syntax> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("php", PHP),
          Map.entry("swift", C),
          Map.entry("dart", C),
          Map.entry("scala", C),
          Map.entry("sc", C),
          Map.entry("sbt", C),
          Map.entry("groovy", C),
          Map.entry("gradle", C),
          Map.entry("c", C),
          Map.entry("h", C),
          Map.entry("cc", C),
          Map.entry("cpp", C),
          Map.entry("cxx", C),
          Map.entry("hpp", C),
          Map.entry("m", C),
          Map.entry("mm", C),
          Map.entry("zig", C),
          Map.entry("rb", HASH),
          Map.entry("rake", HASH),
          Map.entry("ex", HASH),
          Map.entry("exs", HASH),
          Map.entry("r", HASH),
          Map.entry("pl", HASH),
          Map.entry("pm", HASH),
          Map.entry("jl", HASH),
          Map.entry("cr", HASH),
          Map.entry("coffee", HASH),
          Map.entry("nim", HASH),
          Map.entry("lua", LUA),
          Map.entry("jsonnet", JSONNET),
          Map.entry("libsonnet", JSONNET));

  private LexicalCode() {}

  /** The syntax family of a file read lexically, by its extension; empty for other files. */
  static Optional<Syntax> syntaxOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code ext} (lower case, no dot) names a language read by this class. */
  static boolean isExtension(String ext) {
    return BY_EXTENSION.containsKey(ext);
  }

  /** The extensions {@link #isExtension} knows, lower case. */
  static Set<String> extensions() {
    return BY_EXTENSION.keySet();
  }

  /** The context map of {@code text}, a file of {@code path}'s language. */
  static ContextMap of(String path, String text) {
    Syntax syntax = syntaxOf(path).orElse(C);
    RangeContextMap.Builder b = RangeContextMap.builder(Context.CODE);
    boolean ruby = syntax == HASH && (path.endsWith(".rb") || path.endsWith(".rake"));
    lex(text, 0, text.length(), syntax, ruby, b);
    return b.build();
  }

  /**
   * Adds the comments and strings of {@code text[from, to)} to {@code b}.
   *
   * @param ruby whether {@code =begin}/{@code =end} lines are a block comment
   */
  static void lex(
      String text, int from, int to, Syntax syntax, boolean ruby, RangeContextMap.Builder b) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (ruby && c == '=' && atLineStart(text, i) && text.startsWith("=begin", i)) {
        int close = text.indexOf("\n=end", i);
        int end = close < 0 ? to : Math.min(to, lineEnd(text, close + 1, to));
        b.add(i, end, Context.COMMENT);
        i = end;
      } else if (syntax.blockOpen() != null && text.startsWith(syntax.blockOpen(), i)) {
        int close = text.indexOf(syntax.blockClose(), i + syntax.blockOpen().length());
        int end = close < 0 || close >= to ? to : close + syntax.blockClose().length();
        b.add(i, end, Context.COMMENT);
        i = end;
      } else if (opensLineComment(text, i, syntax)) {
        int end = lineEnd(text, i, to);
        b.add(i, end, Context.COMMENT);
        i = end;
      } else if (syntax.quotes().indexOf(c) >= 0) {
        int end = stringEnd(text, i, to, syntax);
        b.add(i, end, Context.STRING_LITERAL);
        i = end;
      } else {
        i++;
      }
    }
  }

  private static boolean opensLineComment(String text, int i, Syntax syntax) {
    for (String marker : syntax.lineComments()) {
      if (text.startsWith(marker, i)) {
        // PHP 8 attributes (#[Route]) are code, and so is Ruby's or Elixir's "#{" outside strings.
        boolean hash = marker.equals("#");
        return !(hash
            && i + 1 < text.length()
            && (text.charAt(i + 1) == '[' && syntax == PHP || text.charAt(i + 1) == '{'));
      }
    }
    return false;
  }

  /** The end (exclusive) of the string literal opened at {@code start}. */
  private static int stringEnd(String text, int start, int to, Syntax syntax) {
    char q = text.charAt(start);
    String three = String.valueOf(q).repeat(3);
    if (syntax.triple() && text.startsWith(three, start)) {
      int close = text.indexOf(three, start + 3);
      return close < 0 || close + 3 > to ? to : close + 3;
    }
    boolean multiLine = syntax.multiLine().indexOf(q) >= 0;
    for (int i = start + 1; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == q) {
        return i + 1;
      } else if (c == '\n' && !multiLine) {
        return i;
      }
    }
    return to;
  }

  private static boolean atLineStart(String text, int i) {
    return i == 0 || text.charAt(i - 1) == '\n';
  }

  private static int lineEnd(String text, int i, int to) {
    int nl = text.indexOf('\n', i);
    return nl < 0 || nl > to ? to : nl;
  }
}
