package dev.claudemigrate.engine.source;

import java.util.Locale;
import java.util.Set;

/**
 * The contexts of markup (HTML, XML, Vue, Svelte, Astro), found lexically: {@code <!-- -->}
 * comments; script blocks read as JavaScript ({@link LexicalCode#SCRIPT}: their strings are string
 * literals, as in a {@code .js} file); quoted attribute values and XML element text are
 * configuration values ({@code <property name="modelId" value="..."/>}); the text of an HTML page
 * or a component template is documentation, reported and rewritten only with --include-docs.
 */
final class Markup {
  /** Markup whose element text is data or settings rather than prose. */
  private static final Set<String> XML = Set.of("xml", "plist");

  /** Every extension read as markup. */
  static final Set<String> EXTENSIONS =
      Set.of("html", "htm", "xhtml", "vue", "svelte", "astro", "xml", "plist");

  private final String s;
  private final int n;
  private final Context text;
  private final RangeContextMap.Builder b = RangeContextMap.builder(Context.CODE);

  private Markup(String s, Context text) {
    this.s = s;
    this.n = s.length();
    this.text = text;
  }

  /** The context map of {@code text}, a markup file at {@code path}. */
  static ContextMap of(String path, String text) {
    String lower = path.toLowerCase(Locale.ROOT);
    String ext = lower.substring(lower.lastIndexOf('.') + 1);
    Markup m = new Markup(text, XML.contains(ext) ? Context.CONFIG_VALUE : Context.DOCUMENTATION);
    m.lex(ext.equals("astro") ? m.frontmatter() : 0);
    return m.b.build();
  }

  /** An Astro component's {@code ---} fenced script at the top, read as TypeScript. */
  private int frontmatter() {
    if (!s.startsWith("---")) {
      return 0;
    }
    int close = s.indexOf("\n---", 3);
    int end = close < 0 ? n : close + 4;
    LexicalCode.lex(s, 3, end, LexicalCode.SCRIPT, false, b);
    return end;
  }

  private void lex(int from) {
    int i = from;
    while (i < n) {
      if (s.startsWith("<!--", i)) {
        i = span(i, "-->", Context.COMMENT);
      } else if (s.startsWith("<![CDATA[", i)) {
        i = span(i, "]]>", Context.CONFIG_VALUE);
      } else if (s.charAt(i) == '<' && i + 1 < n && isTagStart(s.charAt(i + 1))) {
        i = tag(i);
      } else {
        int next = s.indexOf('<', i + 1);
        int end = next < 0 ? n : next;
        if (!s.substring(i, end).isBlank()) {
          b.add(i, end, text);
        }
        i = end;
      }
    }
  }

  private static boolean isTagStart(char c) {
    return Character.isLetter(c) || c == '/' || c == '?' || c == '!';
  }

  private int span(int start, String close, Context context) {
    int at = s.indexOf(close, start);
    int end = at < 0 ? n : at + close.length();
    b.add(start, end, context);
    return end;
  }

  /** A tag from its '<': quoted attribute values are values; a script's body is JavaScript. */
  private int tag(int start) {
    int i = start + 1;
    while (i < n && s.charAt(i) != '>') {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        int close = s.indexOf(c, i + 1);
        int end = close < 0 ? n : close + 1;
        b.add(i, end, Context.CONFIG_VALUE);
        i = end;
      } else {
        i++;
      }
    }
    int end = Math.min(n, i + 1);
    String name = tagName(start + 1);
    if (name.equals("script") || name.equals("style")) {
      int close = closing(name, end);
      int bodyEnd = close < 0 ? n : close;
      if (name.equals("script")) {
        LexicalCode.lex(s, end, bodyEnd, LexicalCode.SCRIPT, false, b);
      }
      return bodyEnd;
    }
    return end;
  }

  /** Where the end tag {@code </name} after {@code from} starts, in any case; -1 if none. */
  private int closing(String name, int from) {
    for (int at = s.indexOf("</", from); at >= 0; at = s.indexOf("</", at + 2)) {
      if (s.regionMatches(true, at + 2, name, 0, name.length())) {
        return at;
      }
    }
    return -1;
  }

  private String tagName(int from) {
    int i = from;
    while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-')) {
      i++;
    }
    return s.substring(from, i).toLowerCase(Locale.ROOT);
  }
}
