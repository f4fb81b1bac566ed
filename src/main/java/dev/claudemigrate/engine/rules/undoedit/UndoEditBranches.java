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
 * Dispatch branches on the {@code undo_edit} command: Python {@code if/elif} and {@code match},
 * {@code case} labels of Java, JavaScript/TypeScript and Go switches, Kotlin {@code when} entries,
 * and {@code else if} blocks. Each is removed whole, or only its label where its body is shared.
 */
final class UndoEditBranches {
  static final String BRANCH =
      "dispatch branch for undo_edit, a command Claude 4's text editor never sends";
  static final String LABEL =
      "undo_edit among the values of a case label; Claude 4's text editor never sends it";
  private static final String[] JUMPS = {
    "break_statement",
    "return_statement",
    "throw_statement",
    "continue_statement",
    "yield_statement"
  };

  private final SyntaxTree tree;
  private final String text;
  private final int start;
  private final int end;

  UndoEditBranches(SyntaxTree tree, String text, int start, int end) {
    this.tree = tree;
    this.text = text;
    this.start = start;
    this.end = end;
  }

  /**
   * The plan for a value that selects a branch ({@code == "undo_edit"}, {@code case UNDO_EDIT:}),
   * or null.
   */
  UndoPlan of(TSNode value) {
    TSNode p = parent(value);
    if (is(p, "comparison_operator", "binary_expression") && isEquality(p)) {
      return condition(p);
    }
    if (is(p, "method_invocation") && isEqualsCall(p)) {
      return condition(p);
    }
    if (is(p, "argument_list") && is(parent(p), "method_invocation") && isEqualsCall(parent(p))) {
      return condition(parent(p));
    }
    if (is(p, "case_pattern") && is(parent(p), "case_clause")) {
      return lines(parent(p));
    }
    if (is(p, "switch_label")) {
      return javaLabel(p, value);
    }
    if (is(p, "switch_case") && Nodes.same(field(p, "value"), value)) {
      return jsCase(p);
    }
    if (is(p, "expression_list") && is(parent(p), "expression_case")) {
      return goCase(parent(p), p, value);
    }
    if (is(p, "when_condition") && is(parent(p), "when_entry")) {
      return whenEntry(parent(p), p);
    }
    return null;
  }

  private boolean isEquality(TSNode op) {
    String between = text.substring(tree.start(op), tree.end(op));
    return between.contains("==") && !between.contains("!=") && named(op).size() == 2;
  }

  private boolean isEqualsCall(TSNode call) {
    TSNode name = field(call, "name");
    return name != null && tree.text(name).startsWith("equals");
  }

  private UndoPlan condition(TSNode cond) {
    TSNode c = Nodes.unparenthesized(cond);
    TSNode owner = parent(c);
    if (is(owner, "elif_clause")) {
      return elif(owner);
    }
    if (is(owner, "if_statement") && Nodes.same(field(owner, "condition"), c)) {
      return tree.root().getType().equals("module") ? pythonIf(owner) : ifChain(owner);
    }
    return null;
  }

  private UndoPlan elif(TSNode clause) {
    // Up to the end of the clause's last line: a comment above the next clause belongs to that one.
    Edit e = Nodes.deleteLines(tree, text, clause);
    return e == null
        ? report("the branch shares its lines with other code: remove it by hand")
        : removal(clause, List.of(e));
  }

  private UndoPlan pythonIf(TSNode ifStmt) {
    List<TSNode> alternatives = named(ifStmt, "elif_clause", "else_clause");
    if (alternatives.isEmpty()) {
      return lines(ifStmt);
    }
    TSNode first = alternatives.get(0);
    if (!is(first, "elif_clause")) {
      return report("the if has an else: move the else body up by hand");
    }
    int consequenceEnd = tree.start(first);
    return removal(
        ifStmt,
        tree.start(ifStmt),
        consequenceEnd,
        List.of(new Edit(tree.start(ifStmt), tree.start(first) + "elif".length(), "if")));
  }

  /** Java, JavaScript/TypeScript and Go if/else-if chains. */
  private UndoPlan ifChain(TSNode ifStmt) {
    TSNode owner = parent(ifStmt);
    TSNode outer = is(owner, "else_clause") ? parent(owner) : owner;
    if (is(outer, "if_statement") && !Nodes.same(field(outer, "condition"), ifStmt)) {
      TSNode kept = field(outer, "consequence");
      TSNode removed = field(ifStmt, "consequence");
      return removal(
          ifStmt,
          tree.start(ifStmt),
          tree.end(removed),
          List.of(Edit.delete(tree.end(kept), tree.end(removed))));
    }
    TSNode alt = field(ifStmt, "alternative");
    if (alt == null) {
      return lines(ifStmt);
    }
    TSNode inner = is(alt, "else_clause") ? alt.getNamedChild(0) : alt;
    if (!is(inner, "if_statement")) {
      return report("the if has an else: keep the else body by hand");
    }
    return removal(
        ifStmt,
        tree.start(ifStmt),
        tree.start(inner),
        List.of(Edit.delete(tree.start(ifStmt), tree.start(inner))));
  }

  private UndoPlan javaLabel(TSNode label, TSNode value) {
    if (named(label).size() > 1) {
      return UndoEditLists.element(tree, text, value, ',', start, end, LABEL);
    }
    TSNode group = parent(label);
    if (is(group, "switch_rule")) {
      return lines(group);
    }
    boolean otherLabels = named(group, "switch_label").size() > 1;
    return caseBody(group, label, otherLabels || statements(group) == 0);
  }

  private UndoPlan jsCase(TSNode kase) {
    return caseBody(kase, kase, statements(kase) == 0);
  }

  /**
   * Statements of a Java case group or a JavaScript case (its labels and value are not statements).
   */
  private static int statements(TSNode kase) {
    int labels =
        is(kase, "switch_case")
            ? 1
            : is(kase, "switch_default") ? 0 : named(kase, "switch_label").size();
    return named(kase).size() - labels;
  }

  /**
   * A case whose body other labels share loses only its label; a case the one before falls into (no
   * break) is left to a person; else the whole case goes.
   */
  private UndoPlan caseBody(TSNode kase, TSNode label, boolean labelOnly) {
    TSNode prev = kase.getPrevNamedSibling();
    boolean hasPrev =
        prev != null
            && !prev.isNull()
            && (prev.getType().equals(kase.getType()) || is(prev, "switch_default"));
    boolean prevSharesBody = hasPrev && statements(prev) == 0;
    if (labelOnly || prevSharesBody) {
      TSNode colon = is(kase, "switch_case") ? Nodes.token(kase, ":") : label.getNextSibling();
      colon = colon != null && !colon.isNull() && colon.getType().equals(":") ? colon : null;
      int labelEnd = colon == null ? tree.end(label) : tree.end(colon);
      Edit e = Nodes.deleteLines(text, tree.start(label), labelEnd);
      return e == null
          ? report("remove the label by hand")
          : removal(label, tree.start(label), labelEnd, List.of(e));
    }
    if (hasPrev && !endsInJump(prev)) {
      return report("the case before falls through into this one: remove it by hand");
    }
    return lines(kase);
  }

  private boolean endsInJump(TSNode kase) {
    List<TSNode> all = named(kase);
    if (all.isEmpty()) {
      return false;
    }
    TSNode last = all.get(all.size() - 1);
    if (is(last, "block", "statement_block") && last.getNamedChildCount() > 0) {
      last = last.getNamedChild(last.getNamedChildCount() - 1);
    }
    return is(last, JUMPS);
  }

  private UndoPlan goCase(TSNode kase, TSNode values, TSNode value) {
    if (named(values).size() > 1) {
      return UndoEditLists.element(tree, text, value, ',', start, end, LABEL);
    }
    TSNode prev = kase.getPrevNamedSibling();
    if (prev != null && !prev.isNull() && tree.text(prev).stripTrailing().endsWith("fallthrough")) {
      return report("the case before falls through into this one: remove it by hand");
    }
    return lines(kase);
  }

  private UndoPlan whenEntry(TSNode entry, TSNode condition) {
    if (named(entry, "when_condition").size() > 1) {
      return UndoEditLists.element(tree, text, condition, ',', start, end, LABEL);
    }
    return lines(entry);
  }

  private UndoPlan lines(TSNode n) {
    TSNode block = parent(n);
    if (is(block, "block") && tree.root().getType().equals("module") && named(block).size() == 1) {
      // tree-sitter accepts an empty Python block; Python does not.
      return report(
          "it is the only statement of its block, which Python does not allow empty: remove it by hand");
    }
    Edit e = Nodes.deleteLines(tree, text, n);
    return e == null
        ? report("the branch shares its lines with other code: remove it by hand")
        : removal(n, List.of(e));
  }

  private UndoPlan removal(TSNode n, List<Edit> edits) {
    return removal(n, tree.start(n), tree.end(n), edits);
  }

  private UndoPlan removal(TSNode n, int coverStart, int coverEnd, List<Edit> edits) {
    return UndoPlan.remove(start, end, coverStart, coverEnd, BRANCH, edits);
  }

  private UndoPlan report(String why) {
    return UndoPlan.report(start, end, BRANCH, why);
  }
}
