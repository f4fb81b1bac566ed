package dev.claudemigrate.engine.requests;

import dev.claudemigrate.engine.source.Language;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads string literals from source text in the spellings the request languages share: quotes,
 * Python triple quotes and implicit concatenation ({@code ("a" "b")}), {@code +} between literals,
 * JavaScript template literals and Java text blocks. A literal that interpolates ({@code f"..."},
 * {@code `${x}`}, Kotlin {@code "$x"}) is not a literal: its text is built at run time.
 */
final class Literals {
  private static final Pattern KOTLIN_TEMPLATE = Pattern.compile("\\$[{A-Za-z_]");

  private Literals() {}

  /** The string {@code text} spells, or empty when it is not only string literals. */
  static Optional<String> string(String text, Language language) {
    String t = unparen(text.strip());
    StringBuilder out = new StringBuilder();
    int i = 0;
    boolean any = false;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || (c == '+' && any)) {
        i++;
        continue;
      }
      int prefixEnd = i;
      while (prefixEnd < t.length()
          && prefixEnd - i < 2
          && Character.isLetter(t.charAt(prefixEnd))) {
        prefixEnd++;
      }
      if (prefixEnd >= t.length() || "\"'`".indexOf(t.charAt(prefixEnd)) < 0) {
        return Optional.empty();
      }
      String prefix = t.substring(i, prefixEnd).toLowerCase(Locale.ROOT);
      if (prefix.contains("f") || (!prefix.isEmpty() && language != Language.PYTHON)) {
        return Optional.empty();
      }
      int end = literalEnd(t, prefixEnd);
      if (end < 0) {
        return Optional.empty();
      }
      String quote = quote(t, prefixEnd);
      String body = t.substring(prefixEnd + quote.length(), end - quote.length());
      if (interpolates(body, quote, language)) {
        return Optional.empty();
      }
      out.append(prefix.contains("r") ? body : unescape(textBlock(body, quote)));
      any = true;
      i = end;
    }
    return any ? Optional.of(out.toString()) : Optional.empty();
  }

  /** Whether the literal's text is filled in at run time. */
  private static boolean interpolates(String body, String quote, Language language) {
    if (quote.equals("`")) {
      return body.contains("${");
    }
    return language == Language.KOTLIN && KOTLIN_TEMPLATE.matcher(body).find();
  }

  /** The opening quote at {@code at}: a triple quote, or one character. */
  static String quote(String t, int at) {
    for (String q : new String[] {"\"\"\"", "'''"}) {
      if (t.startsWith(q, at)) {
        return q;
      }
    }
    return String.valueOf(t.charAt(at));
  }

  /** The offset just past the literal opening at {@code at}, or -1 when it does not close. */
  static int literalEnd(String t, int at) {
    String q = quote(t, at);
    int i = at + q.length();
    while (i < t.length()) {
      if (t.charAt(i) == '\\') {
        i += 2;
        continue;
      }
      if (t.startsWith(q, i)) {
        return i + q.length();
      }
      if (q.length() == 1 && q.charAt(0) != '`' && t.charAt(i) == '\n') {
        return -1;
      }
      i++;
    }
    return -1;
  }

  /** A Java text block starts after its opening line and drops incidental indentation. */
  private static String textBlock(String body, String quote) {
    if (!quote.equals("\"\"\"") || !body.startsWith("\n")) {
      return body;
    }
    return body.substring(1).stripIndent();
  }

  /** {@code (x)} to {@code x} while the parentheses enclose the whole text. */
  static String unparen(String t) {
    while (t.startsWith("(") && t.endsWith(")") && Spans.closing(t, 0) == t.length() - 1) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|.)");

  /** Resolves the escapes the request languages share. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    Matcher m = ESCAPE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r =
          switch (e.charAt(0)) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'u' ->
                e.length() == 5 ? String.valueOf((char) Integer.parseInt(e.substring(1), 16)) : e;
            default -> e;
          };
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }
}
