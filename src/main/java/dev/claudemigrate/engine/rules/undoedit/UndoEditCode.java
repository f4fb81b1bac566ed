package dev.claudemigrate.engine.rules.undoedit;

import static dev.claudemigrate.engine.syntax.Nodes.field;
import static dev.claudemigrate.engine.syntax.Nodes.is;
import static dev.claudemigrate.engine.syntax.Nodes.parent;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SyntaxTree;
import dev.claudemigrate.engine.syntax.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/** Plans what the undo-edit rule does with each occurrence in a program, from its syntax tree. */
final class UndoEditCode {
  /**
   * {@code undo_edit}, {@code UNDO_EDIT}, {@code undoEdit}, {@code handleUndoEdit}, {@code
   * CmdUndoEdit}.
   */
  static final Pattern OCCURRENCE =
      Pattern.compile(
          "(?<![A-Za-z0-9_])[A-Za-z0-9_]*(?:undo_edit|UNDO_EDIT|undoEdit|UndoEdit)(?![a-z])[A-Za-z0-9_]*");

  private static final Pattern EXACT_STRING = Pattern.compile("[rRbBuUfF]*([\"'`])undo_edit\\1");
  static final String HANDLER =
      "handler for undo_edit: left without callers once the dispatch branch is removed";
  private static final String[] STRINGS = {
    "string",
    "string_literal",
    "interpreted_string_literal",
    "raw_string_literal",
    "template_string",
    "line_string_literal"
  };
  private static final String[] DECLARATIONS = {
    "function_definition", "method_declaration", "function_declaration", "method_definition"
  };
  private static final String[] QUALIFIED = {
    "attribute", "field_access", "member_expression", "selector_expression", "navigation_expression"
  };

  private final SourceFile file;
  private final SyntaxTree tree;
  private final String text;

  private UndoEditCode(SourceFile file) {
    this.file = file;
    this.tree = file.syntax().orElseThrow();
    this.text = file.text();
  }

  /** One plan per occurrence not already part of another occurrence's construct. */
  static List<UndoPlan> plans(SourceFile file) {
    UndoEditCode code = new UndoEditCode(file);
    List<UndoPlan> plans = new ArrayList<>();
    Matcher m = OCCURRENCE.matcher(file.text());
    while (m.find()) {
      int at = m.start();
      UndoPlan cover =
          plans.stream().filter(p -> p.remover() != null && p.covers(at)).findFirst().orElse(null);
      if (cover == null) {
        plans.add(code.plan(at, m.end()));
      } else if (code.line(cover.start()) != code.line(at)) {
        plans.add(
            UndoPlan.report(
                at,
                m.end(),
                m.group()
                    + " inside the "
                    + cover.what().split(",")[0]
                    + " at line "
                    + code.line(cover.start()),
                "goes with it"));
      }
    }
    if (code.tree.hasErrors()) {
      // Node ranges around syntax errors are guesses; removing code by them is not safe.
      return plans.stream()
          .map(
              p ->
                  p.remover() == null
                      ? p
                      : p.reportOnly(
                          "the file does not parse cleanly, so nothing is removed automatically: remove it by hand"))
          .toList();
    }
    return plans;
  }

  private int line(int offset) {
    return file.lines().line(offset);
  }

  private UndoPlan plan(int start, int end) {
    Context context = file.contextAt(start);
    if (context == Context.COMMENT) {
      return UndoPlan.report(
          start, end, "a comment mentions undo_edit", "update the comment by hand");
    }
    TSNode node = tree.nodeAt(start, end);
    if (context == Context.STRING_LITERAL) {
      return string(SyntaxTree.ancestor(node, STRINGS), start, end);
    }
    return identifier(node, start, end);
  }

  private UndoPlan string(TSNode s, int start, int end) {
    if (s == null || !EXACT_STRING.matcher(tree.text(s)).matches()) {
      return UndoPlan.report(
          start,
          end,
          "a string mentions undo_edit (a prompt or a tool description?)",
          "Claude 4's text editor has no undo_edit: reword it by hand");
    }
    TSNode decl = UndoEditEnums.fromValue(tree, s);
    if (decl != null) {
      return UndoEditEnums.plan(tree, text, decl, start, end);
    }
    UndoPlan branch = new UndoEditBranches(tree, text, start, end).of(s);
    if (branch != null) {
      return branch;
    }
    UndoPlan element = UndoEditLists.of(tree, text, s, start, end);
    return element != null
        ? element
        : UndoPlan.report(
            start,
            end,
            "the string \"undo_edit\" is used here",
            "Claude 4's text editor never sends undo_edit: remove this use by hand");
  }

  private UndoPlan identifier(TSNode id, int start, int end) {
    String name = text.substring(start, end);
    TSNode p = parent(id);
    if (is(p, DECLARATIONS)
        && (Nodes.same(field(p, "name"), id) || Nodes.same(p.getNamedChild(0), id))) {
      return file.isTest() && name.toLowerCase(Locale.ROOT).startsWith("test")
          ? UndoPlan.report(
              start,
              end,
              "a test of the undo_edit command (" + name + "), which Claude 4 does not have",
              "delete the test by hand together with the command")
          : UndoPlan.report(start, end, HANDLER + " (" + name + ")", "delete it by hand");
    }
    TSNode decl = UndoEditEnums.fromName(tree, id);
    if (decl != null) {
      return UndoEditEnums.plan(tree, text, decl, start, end);
    }
    TSNode value = is(p, QUALIFIED) && tree.end(p) == tree.end(id) ? p : id;
    UndoPlan branch = new UndoEditBranches(tree, text, start, end).of(value);
    return branch != null
        ? branch
        : UndoPlan.report(
            start,
            end,
            name + " refers to the undo_edit command",
            "Claude 4's text editor never sends undo_edit: remove this use by hand");
  }
}
