package dev.claudemigrate.engine.syntax.structure;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key/value objects of code read without a grammar (ADR 0108): inside any bracket pair, entries
 * separated by commas, semicolons or line ends whose first token is one string or name followed by
 * {@code :}, {@code =>}, {@code ->} or (in braces) {@code =}. That reads a PHP array ({@code
 * 'budget_tokens' => 2048}), a Ruby hash or keyword arguments ({@code budget_tokens: 2048}), a Swift
 * or Dart dictionary and named arguments, a Scala {@code Map("top_p" -> 0.9)}, a Groovy map, an
 * Elixir map and a Lua table. A bracket pair with no such entry is no object. Values are literals,
 * a nested object (also behind a constructor name such as {@code Map(} or {@code %{}), or any other
 * expression.
 */
final class LexicalMappings {
  private static final Set<String> TRUE_FALSE = Set.of("true", "false", "TRUE", "FALSE", "YES");
  private static final Set<String> NULLS = Set.of("null", "nil", "NULL", "None", "undefined");

  /** The text before a parameter list's parenthesis, on its line, when it declares a function. */
  private static final Pattern DECLARATION =
      Pattern.compile(
          "(?:\\b(?:func|def|function|fun|fn|sub|defp?)\\s+[\\w$.:<>, ]*|\\binit[?!]?(?:<[^>]*>)?)$");

  private LexicalMappings() {}

  /** The objects of {@code file}, outer before inner. */
  static List<Mapping> of(SourceFile file) {
    return new Reader(file).run();
  }

  /** One open bracket pair and the entry being read in it. */
  private static final class Frame {
    final char open;
    final Mapping mapping;
    int tokens;
    String key;
    int keyStart;
    int keyEnd;
    int valueStart = -1;
    int valueEnd;
    int valueTokens;
    Value literal;
    Mapping nested;
    int afterNested;
    String first;
    int firstStart;
    int firstEnd;

    /** Whether the pair holds a declaration's parameters: their types and defaults are no keys. */
    final boolean parameters;

    Frame(char open, int at, boolean parameters) {
      this.open = open;
      this.mapping = new Mapping(at, at);
      this.parameters = parameters;
    }

    void reset() {
      tokens = 0;
      key = null;
      valueStart = -1;
      valueTokens = 0;
      literal = null;
      nested = null;
      afterNested = 0;
      first = null;
    }
  }

  private static final class Reader {
    private final SourceFile file;
    private final String text;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final List<Mapping> out = new ArrayList<>();

    Reader(SourceFile file) {
      this.file = file;
      this.text = file.text();
    }

    List<Mapping> run() {
      frames.push(new Frame('\0', 0, false));
      int i = 0;
      while (i < text.length()) {
        i = step(i);
      }
      out.sort(Comparator.comparingInt(Mapping::start));
      return out;
    }

    /** Reads the token at {@code i}; returns where the next one may start. */
    private int step(int i) {
      Context context = file.contextAt(i);
      char c = text.charAt(i);
      if (context == Context.COMMENT) {
        return i + 1;
      }
      if (context == Context.STRING_LITERAL) {
        int end = i;
        while (end < text.length() && file.contextAt(end) == Context.STRING_LITERAL) {
          end++;
        }
        token(i, end, Value.Kind.STRING, unquote(text.substring(i, end)));
        return end;
      }
      if (c == '\n') {
        // A line ends an entry once its value has begun (or a statement that set no key).
        Frame f = frames.peek();
        if (f.valueTokens > 0 || f.key == null) {
          endEntry(f, i);
        }
        return i + 1;
      }
      if (Character.isWhitespace(c)) {
        return i + 1;
      }
      if (Character.isLetter(c) || c == '_' || c == '$' || c == '@' || symbolStart(i)) {
        return name(i);
      }
      if (Character.isDigit(c)) {
        int end = i;
        while (end < text.length()
            && (Character.isLetterOrDigit(text.charAt(end))
                || ".".indexOf(text.charAt(end)) >= 0)) {
          end++;
        }
        token(i, end, Value.Kind.NUMBER, text.substring(i, end));
        return end;
      }
      return punctuation(i, c);
    }

    /** A Ruby symbol ({@code :enabled}): a colon right before a name, not after one. */
    private boolean symbolStart(int i) {
      return text.charAt(i) == ':'
          && i + 1 < text.length()
          && Character.isLetter(text.charAt(i + 1))
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != ':')
          && (frames.peek().key != null
              ? frames.peek().valueTokens == 0
              : frames.peek().tokens == 0);
    }

    /** A name, qualified with {@code .} or {@code ::}, or a Ruby symbol (kept as a string). */
    private int name(int i) {
      int end = i + 1;
      while (end < text.length()) {
        char d = text.charAt(end);
        boolean qualifier =
            (d == '.' || d == ':' && end + 1 < text.length() && text.charAt(end + 1) == ':')
                && end + 1 < text.length()
                && (Character.isLetter(text.charAt(end + (d == '.' ? 1 : 2)))
                    || text.charAt(end + (d == '.' ? 1 : 2)) == '_');
        if (Character.isLetterOrDigit(d) || d == '_') {
          end++;
        } else if (qualifier) {
          end += d == '.' ? 1 : 2;
        } else {
          break;
        }
      }
      String word = text.substring(i, end);
      Value.Kind kind =
          word.startsWith(":")
              ? Value.Kind.STRING
              : TRUE_FALSE.contains(word)
                  ? Value.Kind.BOOLEAN
                  : NULLS.contains(word) ? Value.Kind.NULL : Value.Kind.OTHER;
      token(i, end, kind, word.startsWith(":") ? word.substring(1) : word);
      return end;
    }

    private int punctuation(int i, char c) {
      Frame f = frames.peek();
      String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
      if (two.equals("=>") || two.equals("->") || two.equals("::")) {
        if (two.equals("::")) {
          operator(f, i, i + 2);
        } else {
          separator(f, i, i + 2);
        }
        return i + 2;
      }
      if (c == ':' || (c == '=' && f.open == '{' && !"=~>".contains(next(i)) && !compares(i))) {
        separator(f, i, i + 1);
      } else if (c == ',' || c == ';') {
        endEntry(f, i);
      } else if ("{[(".indexOf(c) >= 0) {
        operator(f, i, i + 1);
        frames.push(new Frame(c, i, c == '(' && declaresParameters(i)));
      } else if ("}])".indexOf(c) >= 0 && frames.size() > 1) {
        close(i);
      } else {
        operator(f, i, i + 1);
      }
      return i + 1;
    }

    /**
     * Whether the parenthesis at {@code i} opens a function's parameter list ({@code func f(},
     * {@code def f(}, {@code function f(}, {@code fun}, {@code fn}, Swift's {@code init(}): {@code
     * temperature: Double?} there declares a parameter, it sets nothing.
     */
    private boolean declaresParameters(int i) {
      int lineStart = text.lastIndexOf('\n', i - 1) + 1;
      return DECLARATION.matcher(text.substring(lineStart, i)).find();
    }

    private String next(int i) {
      return i + 1 < text.length() ? String.valueOf(text.charAt(i + 1)) : " ";
    }

    private boolean compares(int i) {
      return i > 0 && "=!<>+-*/%&|^".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** A string, number or name: a key candidate when first in its entry, else part of a value. */
    private void token(int start, int end, Value.Kind kind, String value) {
      Frame f = frames.peek();
      if (f.key == null) {
        if (f.tokens++ == 0) {
          f.first = kind == Value.Kind.STRING || kind == Value.Kind.OTHER ? value : null;
          f.firstStart = start;
          f.firstEnd = end;
        }
        return;
      }
      valuePart(f, start, end);
      f.literal = f.valueTokens == 1 ? Value.of(kind, value) : null;
    }

    private void operator(Frame f, int start, int end) {
      if (f.key == null) {
        f.tokens++;
      } else {
        valuePart(f, start, end);
        f.literal = null;
      }
    }

    private void valuePart(Frame f, int start, int end) {
      if (f.valueStart < 0) {
        f.valueStart = start;
      }
      f.valueEnd = end;
      f.valueTokens++;
      if (f.nested != null) {
        f.afterNested++;
      }
    }

    /** A key separator: the entry's one token so far becomes its key. */
    private void separator(Frame f, int start, int end) {
      if (f.key == null && f.tokens == 1 && f.first != null) {
        f.key = f.first;
        f.keyStart = f.firstStart;
        f.keyEnd = f.firstEnd;
      } else if (f.key != null) {
        valuePart(f, start, end);
        f.literal = null;
      } else {
        f.tokens++;
      }
    }

    /** Closes the innermost frame: its object, if it has entries, is the value being read. */
    private void close(int at) {
      Frame inner = frames.pop();
      endEntry(inner, at);
      Mapping m = inner.mapping;
      m.end(at + 1);
      Frame f = frames.peek();
      if (f.key != null) {
        f.valueEnd = at + 1;
        f.literal = null;
        f.nested = m.members().isEmpty() ? null : m;
        f.afterNested = 0;
      } else {
        f.tokens++;
      }
      if (!m.members().isEmpty()) {
        out.add(m);
      }
    }

    private void endEntry(Frame f, int at) {
      if (f.key != null && f.open != '\0' && !f.parameters) {
        Value value;
        if (f.nested != null && f.afterNested == 0) {
          value = Value.object(f.nested);
        } else if (f.literal != null) {
          value = f.literal;
        } else {
          int from = f.valueStart < 0 ? at : f.valueStart;
          int to = f.valueStart < 0 ? at : f.valueEnd;
          value = Value.of(Value.Kind.OTHER, text.substring(from, to).strip());
        }
        int end = f.valueStart < 0 ? f.keyEnd : f.valueEnd;
        f.mapping.add(new Member(f.key, f.keyStart, f.keyEnd, end, value));
      }
      f.reset();
    }

    private static String unquote(String s) {
      if (s.length() >= 2
          && "\"'`".indexOf(s.charAt(0)) >= 0
          && s.charAt(s.length() - 1) == s.charAt(0)) {
        return s.substring(1, s.length() - 1);
      }
      return s;
    }
  }
}
