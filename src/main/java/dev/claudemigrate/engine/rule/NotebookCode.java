package dev.claudemigrate.engine.rule;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.source.ContextMaps;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.NotebookCells;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a syntax-based rule on the Python code cells of a Jupyter notebook: the cells' JSON strings
 * are decoded into one Python text, each source line placed on the raw file's line where it is
 * written (nbformat writes one per line), and findings are moved back to raw-file offsets.
 */
public final class NotebookCode {
  private final String raw;
  private final StringBuilder python = new StringBuilder();

  /**
   * rawAt[i] and rawEnd[i] delimit the raw text (an escape sequence, perhaps) of Python character
   * i.
   */
  private int[] rawAt = new int[256];

  private int[] rawEnd = new int[256];
  private int line = 1;
  private int countedTo;
  private int countedLine = 1;

  private NotebookCode(String raw) {
    this.raw = raw;
  }

  /** The rule's findings in the notebook's code cells; empty when the notebook does not parse. */
  public static List<Finding> check(
      SourceFile notebook, RuleInfo info, Function<SourceFile, List<Finding>> rule) {
    NotebookCode code = new NotebookCode(notebook.text());
    try {
      code.read();
    } catch (RuntimeException e) {
      // Not notebook JSON: the scanner reports unreadable files; this rule has nothing to add.
      return List.of();
    }
    SourceFile view =
        new SourceFile(
            notebook.absolutePath(),
            notebook.path(),
            Language.PYTHON,
            code.python.toString(),
            notebook.format(),
            notebook.isTest(),
            ContextMaps::of);
    List<Finding> out = new ArrayList<>();
    for (Finding f : rule.apply(view)) {
      int start = code.raw(f.span().start());
      int last = Math.max(f.span().start(), f.span().end() - 1);
      int end = Math.max(start, last < code.python.length() ? code.rawEnd[last] : start);
      out.add(
          Findings.at(info, f.severity(), notebook, start, end, f.message(), f.fix(), List.of()));
    }
    return out;
  }

  private int raw(int pythonOffset) {
    return pythonOffset < python.length() ? rawAt[pythonOffset] : raw.length();
  }

  /** Appends the source strings of every code cell, each on its raw line. */
  private void read() {
    for (NotebookCells.Cell cell : NotebookCells.read(raw)) {
      if (cell.isCode()) {
        cell.sources().forEach(r -> string(r[0]));
        append('\n', raw.length(), raw.length());
      }
    }
  }

  /**
   * Decodes the JSON string whose opening quote is at {@code quote}, keeping each character's raw
   * offset.
   */
  private void string(int quote) {
    for (; countedTo < quote; countedTo++) {
      if (raw.charAt(countedTo) == '\n') {
        countedLine++;
      }
    }
    while (line < countedLine) {
      append('\n', quote, quote);
    }
    for (int i = quote + 1; i < raw.length() && raw.charAt(i) != '"'; i++) {
      char c = raw.charAt(i);
      int at = i;
      if (c == '\\' && i + 1 < raw.length()) {
        char e = raw.charAt(++i);
        c =
            switch (e) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              case 'b' -> '\b';
              case 'f' -> '\f';
              case 'u' -> (char) Integer.parseInt(raw.substring(i + 1, i + 5), 16);
              default -> e;
            };
        if (e == 'u') {
          i += 4;
        }
      }
      append(c, at, i + 1);
    }
  }

  private void append(char c, int rawOffset, int rawOffsetEnd) {
    if (python.length() == rawAt.length) {
      rawAt = Arrays.copyOf(rawAt, rawAt.length * 2);
      rawEnd = Arrays.copyOf(rawEnd, rawEnd.length * 2);
    }
    rawAt[python.length()] = rawOffset;
    rawEnd[python.length()] = rawOffsetEnd;
    python.append(c);
    if (c == '\n') {
      line++;
    }
  }
}
