package dev.claudemigrate.engine.rules.undoedit;

import static dev.claudemigrate.engine.syntax.Nodes.field;
import static dev.claudemigrate.engine.syntax.Nodes.is;
import static dev.claudemigrate.engine.syntax.Nodes.parent;

import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.rewrite.ListElements;
import dev.claudemigrate.engine.source.SyntaxTree;
import dev.claudemigrate.engine.syntax.Nodes;
import java.util.List;
import org.treesitter.TSNode;

/**
 * {@code "undo_edit"} as an element of a list in code: arrays, lists, tuples, sets, list calls,
 * {@code Literal[...]}, TypeScript unions, Python {@code case "a" | "b"} patterns, Go slices,
 * dictionary keys, Kotlin list calls.
 */
final class UndoEditLists {
  static final String ELEMENT =
      "undo_edit listed as a text-editor command; Claude 4's text editor has no undo_edit";

  private UndoEditLists() {}

  /** The plan for a string that is a list element, or null when it is not one. */
  static UndoPlan of(SyntaxTree tree, String text, TSNode string, int start, int end) {
    TSNode element = wrapper(string);
    TSNode container = parent(element);
    if (is(container, "union_type", "union_pattern")) {
      return element(tree, text, element, '|', start, end, ELEMENT);
    }
    if (isDictKey(element, string)) {
      return element(tree, text, container, ',', start, end, ELEMENT);
    }
    if (isList(tree, text, container, element)) {
      return element(tree, text, element, ',', start, end, ELEMENT);
    }
    return null;
  }

  /**
   * The node that stands in the list for a string: itself or a wrapper (Python type, TS literal
   * type, ...).
   */
  private static TSNode wrapper(TSNode string) {
    TSNode p = parent(string);
    if (is(p, "type") && is(parent(p), "type_parameter")) {
      return p;
    }
    if (is(p, "literal_type", "literal_element", "value_argument")) {
      return p;
    }
    return string;
  }

  private static boolean isDictKey(TSNode element, TSNode string) {
    TSNode p = parent(element);
    if (is(p, "pair") && Nodes.same(field(p, "key"), string)) {
      return true;
    }
    return is(p, "keyed_element") && Nodes.same(p.getNamedChild(0), element);
  }

  private static boolean isList(SyntaxTree tree, String text, TSNode container, TSNode element) {
    if (is(
        container,
        "list",
        "tuple",
        "set",
        "type_parameter",
        "array",
        "array_initializer",
        "collection_literal")) {
      return true;
    }
    if (is(container, "subscript")) {
      TSNode value = field(container, "value");
      return value != null && tree.text(value).endsWith("Literal");
    }
    if (is(container, "literal_value")) {
      TSNode type = field(parent(container), "type");
      return is(type, "slice_type", "array_type", "implicit_length_array_type");
    }
    if (is(container, "argument_list", "arguments", "value_arguments")) {
      return ListElements.inListContainer(text, tree.start(element));
    }
    return false;
  }

  /** Removes {@code element} with one separator; report-only when it is the only element. */
  static UndoPlan element(
      SyntaxTree tree, String text, TSNode element, char sep, int start, int end, String what) {
    int from = tree.start(element);
    int to = tree.end(element);
    List<Edit> now = ListElements.remove(text, from, to, sep);
    if (now.isEmpty()) {
      return UndoPlan.report(
          start,
          end,
          what,
          "it is the only element: the list would be left empty; remove the whole list by hand");
    }
    int f = from;
    int t = to;
    return new UndoPlan(
        start,
        end,
        from,
        to,
        what,
        (current, at) -> ListElements.remove(current, f, t, sep),
        null,
        null);
  }
}
