package dev.claudemigrate.engine.syntax;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the structures that name many distinct things on purpose: catalogs, registries, settings
 * tables, enums and pickers. A file that uses a model names one or two; a structure that names six
 * distinct ones lists them, and each entry describes a model rather than choosing it. The
 * structures are found lexically, walking outward from a mention until a code block: a bracketed
 * literal (list, map, call arguments, a class, object or enum body, a shell array), a multi-line
 * string (a shell assignment's quoted value too), a Python class body, and a YAML sequence or
 * nested block. Code blocks (function and control bodies, Python {@code def} and {@code if} blocks)
 * end the walk, so that a use inside a function is never taken for an entry of a catalog that
 * happens to enclose the function. A top-level mapping (a YAML or {@code .env} document's root) is
 * not a listing: its keys are the settings of one program.
 */
public final class Listings {
  /**
   * One thing named in a file.
   *
   * @param start the offset where it starts
   * @param name what it names; mentions with equal names count once
   */
  public record Mention(int start, String name) {}

  /** Text before a brace that opens a declaration's body (members, enum entries). */
  private static final Pattern DECLARATION =
      Pattern.compile("\\b(class|object|enum|interface|record|struct|companion)\\b");

  /** Text before a brace that opens a function or control body. */
  private static final Pattern CODE_HEAD =
      Pattern.compile(
          "(\\)\\s*(:\\s*[\\w<>\\[\\]?,. |]+)?\\s*(throws\\s+[\\w., ]+)?"
              + "|->|=>|\\b(else|try|finally|do|init|when|static|get|set|func|fun|function))\\s*$");

  /** A Python line that opens a code block. */
  private static final Pattern PY_CODE =
      Pattern.compile(
          "^\\s*(async\\s+)?(def|if|elif|else|for|while|with|try|except|finally|match|case)\\b");

  private static final Pattern PY_CLASS = Pattern.compile("^\\s*class\\b");

  private Listings() {}

  /**
   * Whether {@code m} stands in a structure of {@code file} that names {@code many} or more
   * distinct things among {@code all}.
   */
  public static boolean inListing(SourceFile file, Mention m, List<Mention> all, int many) {
    if (file.language() == Language.NOTEBOOK || distinct(all, 0, file.text().length()) < many) {
      return false; // a notebook's cells are one JSON array: its brackets are not the code's
    }
    String text = file.text();
    int[] literal = multiLineString(file, m.start());
    if (literal != null && distinct(all, literal[0], literal[1]) >= many) {
      return true;
    }
    int at = m.start();
    for (int open = enclosingOpen(file, at); open >= 0; open = enclosingOpen(file, open)) {
      if (text.charAt(open) == '{' && isCodeBlock(file, open)) {
        return false;
      }
      if (distinct(all, open, TextScan.matchingClose(text, open)) >= many) {
        return true;
      }
      at = open;
    }
    return switch (file.language()) {
      case PYTHON -> inPythonClass(file, at, all, many);
      case YAML -> inYamlBlock(text, at, all, many);
      default -> false;
    };
  }

  /** How many distinct names the mentions in {@code [from, to)} have. */
  private static int distinct(List<Mention> all, int from, int to) {
    Set<String> names = new HashSet<>();
    for (Mention o : all) {
      if (o.start() >= from && o.start() < to) {
        names.add(o.name());
      }
    }
    return names.size();
  }

  /** The innermost bracket before {@code offset} left open, outside strings and comments. */
  private static int enclosingOpen(SourceFile file, int offset) {
    String text = file.text();
    int depth = 0;
    for (int i = offset - 1; i >= 0; i--) {
      char ch = text.charAt(i);
      boolean close = ch == ')' || ch == ']' || ch == '}';
      boolean open = ch == '(' || ch == '[' || ch == '{';
      if ((close || open) && !isLiteralOrComment(file, i)) {
        if (close) {
          depth++;
        } else if (depth-- == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean isLiteralOrComment(SourceFile file, int offset) {
    Context c = file.contextAt(offset);
    return c == Context.STRING_LITERAL || c == Context.COMMENT;
  }

  /**
   * Whether the brace at {@code open} opens a function or control body rather than a literal (a
   * map, set or object) or a declaration's body. Braces of Python and configuration files are data.
   */
  public static boolean opensCodeBlock(SourceFile file, int open) {
    return isCodeBlock(file, open);
  }

  /** A brace that opens a function or control body rather than a literal or a declaration. */
  private static boolean isCodeBlock(SourceFile file, int open) {
    if (!file.language().isCode() || file.language() == Language.PYTHON) {
      return false; // configuration braces are objects; Python braces are dicts and sets
    }
    String head = file.text().substring(TextScan.lineStart(file.text(), open), open);
    return !DECLARATION.matcher(head).find() && CODE_HEAD.matcher(head).find();
  }

  /**
   * The span of the string literal around {@code offset} when it spans lines, else null. A shell
   * file's context map has no string literals: its quoted assignment values are read by {@link
   * ShellStrings}.
   */
  private static int[] multiLineString(SourceFile file, int offset) {
    if (file.language() == Language.SHELL) {
      return ShellStrings.around(file.text(), offset);
    }
    if (file.contextAt(offset) != Context.STRING_LITERAL) {
      return null;
    }
    String text = file.text();
    int from = offset;
    while (from > 0 && file.contextAt(from - 1) == Context.STRING_LITERAL) {
      from--;
    }
    int to = offset;
    while (to < text.length() && file.contextAt(to) == Context.STRING_LITERAL) {
      to++;
    }
    return text.substring(from, to).indexOf('\n') >= 0 ? new int[] {from, to} : null;
  }

  /**
   * Whether the Python line at {@code offset} is a member of a class body (an enum, a table of
   * constants) that names many things; a {@code def}, {@code if} or loop on the way is code.
   */
  private static boolean inPythonClass(SourceFile file, int offset, List<Mention> all, int many) {
    IndentBlocks lines = new IndentBlocks(file.text());
    for (int head = lines.parent(lines.lineOf(offset)); head >= 0; head = lines.parent(head)) {
      String t = lines.text(head);
      if (PY_CODE.matcher(t).find()) {
        return false;
      }
      if (PY_CLASS.matcher(t).find()) {
        return distinct(all, lines.start(head), lines.blockEnd(head)) >= many;
      }
    }
    return false;
  }

  /**
   * Whether the YAML line at {@code offset} is inside a sequence or a nested block that names many
   * things. The document's root mapping is not counted: its keys are one program's settings.
   */
  private static boolean inYamlBlock(String text, int offset, List<Mention> all, int many) {
    IndentBlocks lines = new IndentBlocks(text);
    for (int l = lines.lineOf(offset); l >= 0; l = lines.parent(l)) {
      int[] span =
          lines.isItem(l)
              ? lines.sequence(l)
              : lines.hasBlock(l) ? new int[] {lines.start(l), lines.blockEnd(l)} : null;
      if (span != null && distinct(all, span[0], span[1]) >= many) {
        return true;
      }
    }
    return false;
  }
}
