package dev.claudemigrate.engine.rewrite;

import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Deletes one element of a separated list ({@code [a, b]}, {@code List.of(a, b)}, {@code a | b})
 * keeping the layout: an element alone on its line goes with its line, an inline one with the
 * separator next to it. Lexical, so callers decide first that the range really is a list element.
 */
public final class ListElements {
  /** Calls whose parentheses hold a list of values. */
  private static final Pattern LIST_CALL =
      Pattern.compile(
          "(?:List\\.of|Set\\.of|Arrays\\.asList|Stream\\.of|listOf|setOf|arrayOf|mutableListOf|"
              + "mutableSetOf|listOfNotNull|tuple|frozenset|set|list)\\s*$");

  private static final Pattern TUPLE_OPENER =
      Pattern.compile("(?:^|[=(\\[,:]|\\breturn|\\bin)\\s*$");
  private static final Pattern GO_SLICE = Pattern.compile("\\[\\]\\s*[A-Za-z_.]+\\s*$");

  /** A YAML block-sequence item of one plain or quoted scalar, perhaps with a comment. */
  private static final Pattern YAML_ITEM =
      Pattern.compile("\\s*-\\s+[\"']?[^\\s\"']+[\"']?\\s*(#.*)?");

  private ListElements() {}

  /**
   * Whether {@code [start, end)} stands directly in a list-like container: an array, a list call, a
   * tuple, a Go slice.
   */
  public static boolean inListContainer(String text, int start) {
    int square = TextScan.unclosedBefore(text, start, '[', ']');
    int round = TextScan.unclosedBefore(text, start, '(', ')');
    int curly = TextScan.unclosedBefore(text, start, '{', '}');
    int open = Math.max(square, Math.max(round, curly));
    if (open < 0) {
      return false;
    }
    String before = text.substring(Math.max(0, open - 40), open);
    return switch (text.charAt(open)) {
      case '[' -> true;
      case '(' -> LIST_CALL.matcher(before).find() || TUPLE_OPENER.matcher(before).find();
      default -> GO_SLICE.matcher(before).find();
    };
  }

  /**
   * The edits that delete the element {@code [start, end)} with one separator, or an empty list
   * when it has no separator on either side (the only element: deleting it would leave the list
   * empty).
   */
  public static List<Edit> remove(String text, int start, int end, char sep) {
    int before = TextScan.skipWhiteBack(text, start);
    int after = TextScan.skipWhite(text, end);
    boolean prevSep = before > 0 && text.charAt(before - 1) == sep;
    boolean nextSep = after < text.length() && text.charAt(after) == sep;
    if (!prevSep && !nextSep) {
      return List.of();
    }
    int elementEnd = nextSep ? after + 1 : end;
    boolean nextIsElement = nextSep && !isClosing(text, TextScan.skipWhite(text, after + 1));
    if (TextScan.ownLine(text, start, elementEnd)) {
      Edit line =
          Edit.delete(TextScan.lineStart(text, start), TextScan.nextLineStart(text, elementEnd));
      if (!nextSep && prevSep) {
        // The last element without a trailing separator: the one before it becomes last.
        return List.of(Edit.delete(before - 1, before), line);
      }
      return List.of(line);
    }
    if (nextIsElement) {
      return List.of(Edit.delete(start, skipSpaces(text, after + 1)));
    }
    if (prevSep) {
      return List.of(Edit.delete(TextScan.skipWhiteBack(text, before - 1), end));
    }
    return List.of(Edit.delete(start, after + 1));
  }

  private static boolean isClosing(String text, int at) {
    return at >= text.length() || "])}>;".indexOf(text.charAt(at)) >= 0;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * The edit deleting a YAML block-sequence item line {@code - value} that holds {@code [start,
   * end)}, or empty when the line is not such an item or the item has no sibling (the list would be
   * left empty).
   */
  static List<Edit> removeYamlItem(String text, int start, int end) {
    int ls = TextScan.lineStart(text, start);
    String line = text.substring(ls, TextScan.lineEnd(text, start));
    if (!YAML_ITEM.matcher(line).matches()) {
      return List.of();
    }
    int indent = TextScan.indent(line);
    boolean sibling =
        isItemAt(text, TextScan.previousLineStart(text, ls), indent)
            || isItemAt(text, TextScan.nextLineStart(text, end), indent);
    return sibling ? List.of(Edit.delete(ls, TextScan.nextLineStart(text, end))) : List.of();
  }

  private static boolean isItemAt(String text, int lineStart, int indent) {
    if (lineStart < 0 || lineStart >= text.length()) {
      return false;
    }
    String l = text.substring(lineStart, TextScan.lineEnd(text, lineStart));
    return TextScan.indent(l) == indent && l.stripLeading().startsWith("- ");
  }
}
