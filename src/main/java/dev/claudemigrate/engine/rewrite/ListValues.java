package dev.claudemigrate.engine.rewrite;

import dev.claudemigrate.engine.model.Edit;
import java.util.List;

/**
 * Deletes one value where lists of values are written: an element of a list, a YAML list item, or
 * one value of a comma-separated header string ({@code "a,b"}, {@code anthropic-beta: a, b}).
 */
public final class ListValues {
  private ListValues() {}

  /**
   * The edits removing the value at {@code [start, end)} of {@code text}, or empty when it would
   * leave nothing.
   */
  public static List<Edit> remove(String text, int start, int end) {
    int[] quoted = quotedElement(text, start, end);
    if (quoted == null) {
      List<Edit> inString = removeFromCommaString(text, start, end);
      return inString.isEmpty() ? ListElements.removeYamlItem(text, start, end) : inString;
    }
    if (!ListElements.inListContainer(text, quoted[0])) {
      return List.of();
    }
    return ListElements.remove(text, quoted[0], quoted[1], ',');
  }

  /** Why a value could not be removed, for the finding. */
  public static String whyNot() {
    return "it is the only value: the list or value would be left empty; remove the whole setting by hand";
  }

  /**
   * The range of the quoted string that is exactly the value (with its quotes, also JSON-escaped
   * ones), or null.
   */
  private static int[] quotedElement(String text, int start, int end) {
    if (start == 0 || end >= text.length()) {
      return null;
    }
    char open = text.charAt(start - 1);
    if (open != '"' && open != '\'') {
      return null;
    }
    if (text.charAt(end) == open) {
      return new int[] {start - 1, end + 1};
    }
    boolean escaped =
        start >= 2 && text.charAt(start - 2) == '\\' && text.startsWith("\\" + open, end);
    return escaped ? new int[] {start - 2, end + 2} : null;
  }

  /**
   * Removes the value and one comma next to it inside a comma-separated value; empty when it stands
   * alone.
   */
  private static List<Edit> removeFromCommaString(String text, int start, int end) {
    int after = skipSpaces(text, end);
    if (after < text.length() && text.charAt(after) == ',') {
      return List.of(Edit.delete(start, skipSpaces(text, after + 1)));
    }
    int before = start;
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    if (before > 0 && text.charAt(before - 1) == ',') {
      return List.of(Edit.delete(before - 1, end));
    }
    return List.of();
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
