package dev.claudemigrate.engine.rules.undoedit;

import static dev.claudemigrate.engine.syntax.Nodes.field;
import static dev.claudemigrate.engine.syntax.Nodes.is;
import static dev.claudemigrate.engine.syntax.Nodes.named;
import static dev.claudemigrate.engine.syntax.Nodes.parent;

import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.source.SyntaxTree;
import dev.claudemigrate.engine.syntax.Nodes;
import java.util.List;
import org.treesitter.TSNode;

/**
 * The {@code undo_edit} member of a command enum: Python {@code Enum} members, Java and Kotlin enum
 * constants, TypeScript enum members, Go constants. Found from the value string or the member's
 * name.
 */
final class UndoEditEnums {
  static final String MEMBER =
      "enum member for undo_edit, a command Claude 4's text editor never sends";

  private UndoEditEnums() {}

  /** The declaration a string value belongs to, or null. */
  static TSNode fromValue(SyntaxTree tree, TSNode string) {
    TSNode p = parent(string);
    if (is(p, "argument_list") && is(parent(p), "enum_constant") && named(p).size() == 1) {
      return parent(p);
    }
    if (is(p, "value_argument")
        && is(parent(p), "value_arguments")
        && is(parent(parent(p)), "enum_entry")) {
      return parent(parent(p));
    }
    if (is(p, "enum_assignment")) {
      return p;
    }
    if (is(p, "expression_list") && is(parent(p), "const_spec")) {
      return parent(p);
    }
    if (is(p, "assignment") && Nodes.same(field(p, "right"), string)) {
      return pythonMember(tree, p);
    }
    return null;
  }

  /** The declaration an identifier names, or null. */
  static TSNode fromName(SyntaxTree tree, TSNode identifier) {
    TSNode p = parent(identifier);
    if (is(p, "enum_constant", "enum_assignment", "const_spec")
        && Nodes.same(field(p, "name"), identifier)) {
      return p;
    }
    if (is(p, "enum_entry") && Nodes.same(p.getNamedChild(0), identifier)) {
      return p;
    }
    if (is(p, "assignment") && Nodes.same(field(p, "left"), identifier)) {
      return pythonMember(tree, p);
    }
    return null;
  }

  private static TSNode pythonMember(SyntaxTree tree, TSNode assignment) {
    TSNode statement = parent(assignment);
    TSNode cls = parent(parent(statement));
    if (!is(statement, "expression_statement") || !is(cls, "class_definition")) {
      return null;
    }
    TSNode bases = field(cls, "superclasses");
    return bases != null && tree.text(bases).contains("Enum") ? statement : null;
  }

  /** The plan removing declaration {@code decl}. */
  static UndoPlan plan(SyntaxTree tree, String text, TSNode decl, int start, int end) {
    String name = tree.text(nameOf(decl));
    if (is(decl, "enum_constant", "enum_entry", "enum_assignment")) {
      return UndoEditLists.element(tree, text, decl, ',', start, end, MEMBER).declaring(name);
    }
    TSNode whole = decl;
    if (is(decl, "const_spec") && named(parent(decl), "const_spec").size() == 1) {
      whole = parent(decl);
    }
    Edit e = Nodes.deleteLines(tree, text, whole);
    if (e == null) {
      return UndoPlan.report(
              start, end, MEMBER, "it shares its line with other code: remove it by hand")
          .declaring(name);
    }
    return UndoPlan.remove(start, end, tree.start(whole), tree.end(whole), MEMBER, List.of(e))
        .declaring(name);
  }

  private static TSNode nameOf(TSNode decl) {
    if (is(decl, "expression_statement")) {
      return field(decl.getNamedChild(0), "left");
    }
    TSNode n = field(decl, "name");
    return n != null ? n : decl.getNamedChild(0);
  }
}
