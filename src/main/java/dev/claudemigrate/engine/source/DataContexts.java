package dev.claudemigrate.engine.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells data from configuration in JSON by its shape, so that model IDs in data sets (RAG corpora,
 * scraped documentation, eval sets) are not taken for settings: every line of a JSON Lines file is
 * a record; so is every element of an array of many objects; and a string that reads as a sentence
 * is prose, whatever file it is in; a file that a run wrote (a report, a saved response) is data as
 * a whole. Everything else stays a configuration value.
 */
final class DataContexts {
  /** An array with at least this many objects is a table of records, not a setting. */
  static final int RECORDS = 20;

  /** A string with at least this many words, mostly plain words and no flags, is prose. */
  static final int PROSE_WORDS = 6;

  /** A YAML sequence whose records hold at least this many scalar values may be data. */
  static final int YAML_VALUES = 16;

  private static final Pattern YAML_SCALAR =
      Pattern.compile("^\\s*(?:-\\s+)?[^\\s#:][^:#]*:\\s+(\\S.*?)\\s*$");

  /** A number, a percentage, a date or a time: a measurement rather than a setting. */
  private static final Pattern MEASURE =
      Pattern.compile(
          "['\"]?[-+]?(\\d[\\d_,]*(\\.\\d+)?%?|\\d{4}-\\d{2}-\\d{2}([ T][\\d:.]+)?)['\"]?");

  private DataContexts() {}

  /**
   * The context map of a YAML document. A sequence of records whose values are mostly measurements
   * (numbers, percentages, dates: benchmark results, leaderboards, statistics) is data, whatever
   * names a record quotes; every other value is configuration. Comments stay comments.
   */
  static ContextMap yaml(String text) {
    List<int[]> data = yamlRecords(text);
    ContextMap comments = ContextMaps.hashComments(text, false, Context.CONFIG_VALUE);
    if (data.isEmpty()) {
      return comments;
    }
    return offset -> {
      for (int[] r : data) {
        if (offset >= r[0] && offset < r[1]) {
          return Context.DATA;
        }
      }
      return comments.at(offset);
    };
  }

  /** The spans of the YAML sequences whose records are mostly measurements. */
  private static List<int[]> yamlRecords(String text) {
    String[] lines = text.split("\n", -1);
    int[] starts = new int[lines.length + 1];
    for (int l = 0; l < lines.length; l++) {
      starts[l + 1] = starts[l] + lines[l].length() + 1;
    }
    List<int[]> out = new ArrayList<>();
    int l = 0;
    while (l < lines.length) {
      int indent = itemIndent(lines[l]);
      if (indent < 0) {
        l++;
        continue;
      }
      int end = l + 1;
      int last = l;
      int items = 1;
      while (end < lines.length) {
        String t = lines[end];
        int own = t.isBlank() || t.strip().startsWith("#") ? Integer.MAX_VALUE : indentOf(t);
        if (own < indent || own == indent && itemIndent(t) != indent) {
          break;
        }
        items += own == indent ? 1 : 0;
        last = own == Integer.MAX_VALUE ? last : end;
        end++;
      }
      if (items >= 2 && measured(lines, l, last + 1)) {
        out.add(new int[] {starts[l], Math.min(text.length(), starts[last + 1])});
      }
      l = last + 1;
    }
    return out;
  }

  private static boolean measured(String[] lines, int from, int to) {
    int values = 0;
    int measures = 0;
    for (int l = from; l < to; l++) {
      Matcher m = YAML_SCALAR.matcher(lines[l]);
      if (m.matches()) {
        values++;
        measures += MEASURE.matcher(m.group(1)).matches() ? 1 : 0;
      }
    }
    return values >= YAML_VALUES && measures * 2 >= values;
  }

  /** The indentation of a sequence item line ({@code - ...}), or -1 for any other line. */
  private static int itemIndent(String line) {
    String s = line.strip();
    return s.equals("-") || s.startsWith("- ") ? indentOf(line) : -1;
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Whether a whole JSON file is data: a JSON Lines file (one record per line), or the record of a
   * run (an evaluation report, a saved response, a transcript: see {@link RunOutputs}).
   */
  static boolean isRecordFile(String path, String text) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl")
        || lower.endsWith(".ndjson")
        || RunOutputs.isRunOutput(path, text);
  }

  /** The context map of a JSON document: records and prose are data, the rest configuration. */
  static ContextMap json(String text) {
    List<int[]> ranges = new ArrayList<>();
    Deque<int[]> arrays = new ArrayDeque<>(); // {start, objects, depth}
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = stringEnd(text, i);
        if (isProse(text, i + 1, Math.max(i + 1, end - 1))) {
          ranges.add(new int[] {i, end});
        }
        i = end - 1;
      } else if (c == '[' || c == '{') {
        if (c == '{' && !arrays.isEmpty() && arrays.peek()[2] == depth) {
          arrays.peek()[1]++;
        }
        depth++;
        if (c == '[') {
          arrays.push(new int[] {i, 0, depth});
        }
      } else if (c == ']' || c == '}') {
        depth--;
        if (c == ']' && !arrays.isEmpty()) {
          int[] a = arrays.pop();
          if (a[1] >= RECORDS) {
            ranges.add(new int[] {a[0], i + 1});
          }
        }
      }
    }
    ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> -r[1]));
    RangeContextMap.Builder b = RangeContextMap.builder(Context.CONFIG_VALUE);
    ranges.forEach(r -> b.add(r[0], r[1], Context.DATA));
    return b.build();
  }

  /** The offset just past the string whose opening quote is at {@code quote}. */
  private static int stringEnd(String text, int quote) {
    for (int i = quote + 1; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == '"' || ch == '\n') {
        return i + 1;
      }
    }
    return text.length();
  }

  /**
   * Whether {@code text[start, end)} reads as a sentence: enough words, at least half of them plain
   * words, and no command-line flag (a command line in a string is a use, not prose).
   */
  static boolean isProse(String text, int start, int end) {
    int words = 0;
    int plain = 0;
    int i = start;
    while (i < end) {
      while (i < end && isSpace(text, i)) {
        i += text.charAt(i) == '\\' ? 2 : 1;
      }
      int w = i;
      while (i < end && !isSpace(text, i)) {
        i++;
      }
      if (i > w) {
        words++;
        if (text.charAt(w) == '-' && w + 1 < i && Character.isLetter(text.charAt(w + 1))) {
          return false;
        }
        plain += isPlainWord(text, w, i) ? 1 : 0;
      }
    }
    return words >= PROSE_WORDS && plain * 2 >= words;
  }

  /** White space, or an escaped line break or tab ({@code \n}, {@code \t}) inside a string. */
  private static boolean isSpace(String text, int i) {
    char c = text.charAt(i);
    if (c == '\\' && i + 1 < text.length()) {
      char n = text.charAt(i + 1);
      return n == 'n' || n == 't' || n == 'r';
    }
    return Character.isWhitespace(c);
  }

  /** Letters, perhaps with one trailing punctuation mark ("model," "works."). */
  private static boolean isPlainWord(String text, int start, int end) {
    int e = end;
    if (e - start > 1 && ",.;:!?)".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    for (int i = start; i < e; i++) {
      char ch = text.charAt(i);
      if (!Character.isLetter(ch) && ch != '\'' && ch != '(') {
        return false;
      }
    }
    return true;
  }
}
