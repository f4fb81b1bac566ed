package dev.claudemigrate.engine.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of an indentation-structured text (Python, YAML) with their blocks: a line's block is
 * the lines after it that are indented deeper; its parent is the nearest line before it indented
 * less. Blank and comment lines belong to no block of their own. Lines are numbered from 0.
 */
final class IndentBlocks {
  private final String text;
  private final List<Integer> starts = new ArrayList<>();
  private final int[] indents;

  IndentBlocks(String text) {
    this.text = text;
    starts.add(0);
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts.add(i + 1);
    }
    indents = new int[starts.size()];
    for (int l = 0; l < indents.length; l++) {
      String t = text(l);
      String s = t.strip();
      indents[l] = s.isEmpty() || s.startsWith("#") ? -1 : TextScan.indent(t);
    }
  }

  int lineOf(int offset) {
    int lo = 0;
    int hi = starts.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts.get(mid) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  String text(int line) {
    int end = line + 1 < starts.size() ? starts.get(line + 1) - 1 : text.length();
    return text.substring(starts.get(line), Math.max(starts.get(line), end));
  }

  int start(int line) {
    return starts.get(line);
  }

  int indent(int line) {
    return indents[line];
  }

  /** The nearest line before {@code line} indented less, or -1. */
  int parent(int line) {
    int own = indents[line] < 0 ? Integer.MAX_VALUE : indents[line];
    for (int l = line - 1; l >= 0; l--) {
      if (indents[l] >= 0 && indents[l] < own) {
        return l;
      }
    }
    return -1;
  }

  /** Whether lines after {@code line} are indented deeper than it. */
  boolean hasBlock(int line) {
    int next = nextCode(line + 1);
    return indents[line] >= 0 && next >= 0 && indents[next] > indents[line];
  }

  /** The offset just past the last line of {@code line}'s block. */
  int blockEnd(int line) {
    int last = line;
    for (int l = line + 1; l < indents.length; l++) {
      if (indents[l] >= 0) {
        if (indents[l] <= indents[line]) {
          break;
        }
        last = l;
      }
    }
    return end(last);
  }

  /** Whether the line is a YAML sequence item ({@code - ...}). */
  boolean isItem(int line) {
    String s = text(line).strip();
    return indents[line] >= 0 && (s.equals("-") || s.startsWith("- "));
  }

  /** The span of the run of sibling items around the item at {@code line}. */
  int[] sequence(int line) {
    int first = line;
    for (int l = line - 1; l >= 0; l--) {
      if (indents[l] < 0 || indents[l] > indents[line]) {
        continue;
      }
      if (indents[l] < indents[line] || !isItem(l)) {
        break;
      }
      first = l;
    }
    int last = line;
    for (int l = line + 1; l < indents.length; l++) {
      if (indents[l] < 0 || indents[l] > indents[line]) {
        continue;
      }
      if (indents[l] < indents[line] || !isItem(l)) {
        break;
      }
      last = l;
    }
    return new int[] {start(first), blockEnd(last)};
  }

  private int nextCode(int from) {
    for (int l = from; l < indents.length; l++) {
      if (indents[l] >= 0) {
        return l;
      }
    }
    return -1;
  }

  private int end(int line) {
    return line + 1 < starts.size() ? starts.get(line + 1) : text.length();
  }
}
