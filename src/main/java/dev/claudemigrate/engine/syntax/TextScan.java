package dev.claudemigrate.engine.syntax;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Small lexical helpers over a file's text shared by the rules: brackets, lines, separators. */
public final class TextScan {
  private TextScan() {}

  /**
   * The closes found in the last text each thread asked about, by opener: the model-ID rule asks
   * for the same bracket once per ID inside it, and a bracket that never closes is read to the
   * text's end each time (Markdown: seconds for a chat log of a few megabytes).
   */
  private static final LastAnswer<Map<Integer, Integer>> CLOSES = new LastAnswer<>();

  /** The offset just past the bracket that closes the one at {@code open}, or the text's end. */
  public static int matchingClose(String text, int open) {
    Map<Integer, Integer> closes = CLOSES.get(text, null, (t, none) -> new HashMap<>());
    // (Not computeIfAbsent: its function would close over the text, a new object every call.)
    Integer close = closes.get(open);
    if (close == null) {
      close = closeOf(text, open);
      closes.put(open, close);
    }
    return close;
  }

  private static int closeOf(String text, int open) {
    char o = text.charAt(open);
    char c = o == '{' ? '}' : o == '[' ? ']' : ')';
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        i = skipQuoted(text, i);
      } else if (ch == o) {
        depth++;
      } else if (ch == c && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static int skipQuoted(String text, int quote) {
    for (int i = quote + 1; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == '"' || ch == '\n') {
        return i;
      }
    }
    return text.length();
  }

  /**
   * The offset of the nearest {@code open} before {@code offset} that is not closed before it, or
   * -1.
   */
  public static int unclosedBefore(String text, int offset, char open, char close) {
    int kind = BRACKETS.indexOf(open);
    if (kind >= 0 && kind % 2 == 0 && BRACKETS.charAt(kind + 1) == close) {
      return openers(text, offset)[kind / 2];
    }
    int depth = 0;
    for (int i = offset - 1; i >= 0; i--) {
      char ch = text.charAt(i);
      if (ch == close) {
        depth++;
      } else if (ch == open && depth-- == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The pairs {@link #openers} finds in one pass. */
  private static final String BRACKETS = "{}()[]";

  /** For an ASCII character, its index in {@link #BRACKETS}, or -1. */
  static final byte[] BRACKET_OF = bracketTable();

  private static byte[] bracketTable() {
    byte[] table = new byte[128];
    java.util.Arrays.fill(table, (byte) -1);
    for (int k = 0; k < BRACKETS.length(); k++) {
      table[BRACKETS.charAt(k)] = (byte) k;
    }
    return table;
  }

  /** The openers at the last offset a thread asked about: rules ask of each ID several times. */
  private static final LastAnswer<int[]> OPENERS = new LastAnswer<>();

  /** The brackets of the last text a thread scanned back through too far (see {@link #openers}). */
  private static final LastAnswer<BracketIndex> INDEX = new LastAnswer<>();

  /** How far back {@link #openers} reads before it asks the text's bracket index instead. */
  static final int SCAN_BACK = 4096;

  /**
   * The nearest unclosed brace, parenthesis and square bracket before {@code offset} (or -1 each),
   * each kind counted on its own: in one pass back over at most {@link #SCAN_BACK} characters (most
   * IDs sit in small brackets near them), else from the text's bracket index, built once per text
   * (an early bracket that never closes made every pass read back to the start).
   */
  static int[] openers(String text, int offset) {
    return OPENERS.get(text, offset, TextScan::openersNear);
  }

  private static int[] openersNear(String text, int offset) {
    int[] found = openersOnce(text, offset, Math.max(0, offset - SCAN_BACK));
    if ((found[0] < 0 || found[1] < 0 || found[2] < 0) && offset > SCAN_BACK) {
      BracketIndex index = INDEX.get(text, null, (t, none) -> new BracketIndex(t));
      for (int k = 0; k < 3; k++) {
        found[k] = index.unclosedBefore(k, offset);
      }
    }
    return found;
  }

  /** {@link #openers} by reading back from {@code offset} to {@code from} (0: the whole way). */
  static int[] openersOnce(String text, int offset, int from) {
    int[] found = {-1, -1, -1};
    int[] depth = new int[3];
    int missing = 3;
    for (int i = offset - 1; i >= from && missing > 0; i--) {
      char c = text.charAt(i);
      int k = c < BRACKET_OF.length ? BRACKET_OF[c] : -1;
      if (k < 0 || found[k / 2] >= 0) {
        continue;
      }
      if (k % 2 == 1) {
        depth[k / 2]++;
      } else if (depth[k / 2]-- == 0) {
        found[k / 2] = i;
        missing--;
      }
    }
    return found;
  }

  /** The number of leading spaces and tabs of a line. */
  public static int indent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code [start, end)} is alone on its line(s) but for white space and a trailing {@code
   * #} or {@code //} comment (which goes with it).
   */
  public static boolean ownLine(String text, int start, int end) {
    if (!blankBetween(text, lineStart(text, start), start)) {
      return false;
    }
    String rest = text.substring(end, lineEnd(text, end)).strip();
    return rest.isEmpty() || rest.startsWith("#") || rest.startsWith("//");
  }

  static boolean blankBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public static int lineStart(String text, int offset) {
    int i = offset;
    while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
      i--;
    }
    return i;
  }

  /** The offset of the line break ending the line of {@code offset} (or the text's end). */
  public static int lineEnd(String text, int offset) {
    int i = offset;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** The offset just past the line break ending the line of {@code offset}. */
  public static int nextLineStart(String text, int offset) {
    int i = lineEnd(text, offset);
    if (i < text.length() && text.charAt(i) == '\r') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\n') {
      i++;
    }
    return i;
  }

  /** The first non-white offset at or after {@code from} (or the text's end). */
  public static int skipWhite(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The offset just past the last non-white character before {@code to} (or 0). */
  public static int skipWhiteBack(String text, int to) {
    int i = to;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * The offsets where {@link #token} matches {@code literal}, found with {@code indexOf} instead of
   * trying the pattern at every character (the same matches, left to right, without overlap).
   */
  public static List<Integer> tokenOffsets(String text, String literal) {
    List<Integer> out = new ArrayList<>();
    int n = literal.length();
    for (int at = literal.isEmpty() ? -1 : CharPairs.indexOf(text, literal, 0); at >= 0; ) {
      int end = at + n;
      boolean whole =
          (at == 0 || !isTokenChar(text.charAt(at - 1)))
              && (end == text.length() || !isTokenChar(text.charAt(end)));
      if (whole) {
        out.add(at);
      }
      at = text.indexOf(literal, whole ? end : at + 1);
    }
    return out;
  }

  /**
   * The first offset from {@code from} where {@code lowerWord} (lower-case ASCII) stands in any
   * case, or -1. It may also stop where a non-ASCII letter folds to the word's letters.
   */
  public static int indexOfIgnoreCase(String text, String lowerWord, int from) {
    char first = lowerWord.charAt(0);
    for (int i = Math.max(0, from), last = text.length() - lowerWord.length(); i <= last; i++) {
      if ((text.charAt(i) | 0x20) == first
          && text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isTokenChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** A pattern matching {@code literal} as a whole token (not part of a longer identifier). */
  public static Pattern token(String literal) {
    return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(literal) + "(?![A-Za-z0-9_])");
  }

  /**
   * The start of the line before the one starting at {@code lineStart}, or -1 on the first line.
   */
  public static int previousLineStart(String text, int lineStart) {
    int i = lineStart;
    if (i > 0 && text.charAt(i - 1) == '\n') {
      i--;
    }
    if (i > 0 && text.charAt(i - 1) == '\r') {
      i--;
    }
    return i == lineStart ? -1 : lineStart(text, i);
  }

  /** Offsets of {@code literal} as a whole token, outside notebook outputs. */
  public static List<Integer> occurrences(SourceFile file, String literal) {
    List<Integer> out = new ArrayList<>();
    for (int at : TextScan.tokenOffsets(file.text(), literal)) {
      if (file.contextAt(at) != Context.NOTEBOOK_OUTPUT) {
        out.add(at);
      }
    }
    return out;
  }

  /**
   * Where a block whose header line ends before {@code from} ends, by indentation: the start of the
   * next non-blank line indented {@code indent} columns or less (a Python or Scala 3 body's next
   * statement, the brace that closes a Swift or Java body), or the end of the text.
   */
  public static int indentedBlockEnd(String text, int from, int indent) {
    for (int nl = text.indexOf('\n', from); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
      int start = nl + 1;
      int first = start;
      while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
        first++;
      }
      boolean blank =
          first >= text.length() || text.charAt(first) == '\n' || text.charAt(first) == '\r';
      if (!blank && first - start <= indent) {
        return start;
      }
    }
    return text.length();
  }
}
