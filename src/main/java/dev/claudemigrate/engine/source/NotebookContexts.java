package dev.claudemigrate.engine.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a Jupyter notebook's raw JSON text to contexts: code-cell sources are code (with their
 * strings and comments), markdown cells are documentation, outputs are recorded output. Offsets are
 * in the raw file, so findings report the raw file's line numbers.
 */
final class NotebookContexts {
  private NotebookContexts() {}

  /**
   * @throws IllegalArgumentException when the text is not notebook JSON
   */
  static ContextMap of(String text) {
    RangeContextMap.Builder b = RangeContextMap.builder(Context.CONFIG_VALUE);
    for (NotebookCells.Cell cell : NotebookCells.read(text)) {
      List<int[]> ranges = new ArrayList<>(cell.sources());
      if (cell.outputs() != null) {
        ranges.add(cell.outputs());
      }
      ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
      for (int[] r : ranges) {
        if (r == cell.outputs()) {
          b.add(r[0], r[1], Context.NOTEBOOK_OUTPUT);
        } else if (cell.isCode()) {
          codeLine(text, r[0], r[1], b);
        } else {
          b.add(r[0], r[1], Context.DOCUMENTATION);
        }
      }
    }
    return b.build();
  }

  /**
   * Classifies one JSON-escaped line of Python: quoted parts are strings, '#' outside quotes starts
   * a comment, the rest is code.
   */
  private static void codeLine(String text, int start, int end, RangeContextMap.Builder b) {
    int codeFrom = start;
    char quote = 0;
    int quoteStart = -1;
    for (int i = start + 1; i < end - 1; i++) {
      char c = text.charAt(i);
      boolean escaped = c == '\\';
      char actual = escaped ? text.charAt(i + 1) : c;
      if (escaped && actual != '"') {
        i++;
        continue;
      }
      if (quote != 0) {
        if (actual == quote) {
          b.add(quoteStart, i + (escaped ? 2 : 1), Context.STRING_LITERAL);
          quote = 0;
          codeFrom = i + 1;
        }
      } else if (actual == '"' || actual == '\'') {
        b.add(codeFrom, i, Context.CODE);
        quote = actual;
        quoteStart = i;
      } else if (actual == '#') {
        b.add(codeFrom, i, Context.CODE);
        b.add(i, end, Context.COMMENT);
        return;
      }
      if (escaped) {
        i++;
      }
    }
    if (quote != 0) {
      b.add(quoteStart, end, Context.STRING_LITERAL);
    } else {
      b.add(codeFrom, end, Context.CODE);
    }
  }
}
