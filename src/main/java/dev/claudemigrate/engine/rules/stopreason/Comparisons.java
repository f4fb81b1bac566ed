package dev.claudemigrate.engine.rules.stopreason;

import static dev.claudemigrate.engine.rules.stopreason.BranchingSyntax.field;

import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SyntaxTree;
import dev.claudemigrate.engine.syntax.structure.TreeWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Single comparisons outside a dispatch ({@code stop_reason == "max_tokens"}, {@code
 * stopReason.equals("tool_use")}, {@code stop_reason in (...)}, {@code !==}) and where a value that
 * fails the comparison goes: into an if's else or past it, out of a loop, into a variable.
 */
final class Comparisons {
  private static final Set<String> TYPES =
      Set.of(
          "comparison_operator",
          "binary_expression",
          "equality_expression",
          "method_invocation",
          "let_condition",
          "macro_invocation",
          "is_pattern_expression");
  private static final Pattern EQUALITY = Pattern.compile("^(==|!=|===|!==|in|not in)$");
  private static final Pattern NEGATING = Pattern.compile("^(!=|!==|not in)$");

  /** Nodes a condition may sit in without changing which way a value goes. */
  private static final Set<String> TRANSPARENT =
      Set.of(
          "parenthesized_expression",
          "boolean_operator",
          "binary_expression",
          "conjunction_expression",
          "disjunction_expression",
          "condition_clause");

  private static final Set<String> NOT = Set.of("not_operator", "unary_expression");

  /**
   * One comparison.
   *
   * @param node the comparison
   * @param negated whether a value that is not among those compared makes it true ({@code !=})
   * @param statement the if/loop whose condition it is, or null (an assignment, a return)
   * @param path where a value not compared with goes when {@code statement} is an if: the else
   *     branch ({@code ==}) or the consequence ({@code !=}); null when there is none
   * @param inAssertion whether it is inside an assert statement
   * @param orOther whether it is one side of an or ({@code ||}, {@code or}) whose other side does
   *     not test the stop reason ({@code stop == end_turn || !moreTools}): a value not compared
   *     with takes the true path too whenever that other side holds
   */
  record Comparison(
      TSNode node,
      boolean negated,
      TSNode statement,
      TSNode path,
      boolean inAssertion,
      boolean orOther) {}

  private static final Pattern OR = Pattern.compile("^(\\|\\||or)$");

  private Comparisons() {}

  /** Every equality comparison of a parsed file in {@code language}, in document order. */
  static List<Comparison> find(SyntaxTree tree, Language language) {
    List<Comparison> out = new ArrayList<>();
    TreeWalk.named(
        tree,
        (node, type) -> {
          if (!TYPES.contains(type)) {
            return;
          }
          Boolean negated = negated(tree, node, type);
          if (negated != null) {
            out.add(placed(tree, node, negated));
          }
        });
    return out;
  }

  /** Whether the comparison is a negated one, or null when the node is no equality comparison. */
  private static Boolean negated(SyntaxTree tree, TSNode node, String type) {
    switch (type) {
      case "method_invocation":
        TSNode name = field(node, "name");
        return name != null && tree.text(name).equals("equals") ? Boolean.FALSE : null;
      case "let_condition": // Rust: if let Some(StopReason::EndTurn) = r.stop_reason
        return Boolean.FALSE;
      case "macro_invocation": // Rust: matches!(r.stop_reason, Some(StopReason::EndTurn))
        TSNode macro = field(node, "macro");
        return macro != null && tree.text(macro).equals("matches") ? Boolean.FALSE : null;
      case "is_pattern_expression": // C#: r.StopReason is "end_turn" or "tool_use"
        TSNode pattern = field(node, "pattern");
        return pattern != null && tree.text(pattern).startsWith("not ");
      default:
        break;
    }
    String op = operator(tree, node);
    if (op == null || !EQUALITY.matcher(op).matches()) {
      return null;
    }
    return NEGATING.matcher(op).matches();
  }

  /** The operator between the first two operands (anonymous children), or null. */
  private static String operator(SyntaxTree tree, TSNode node) {
    if (node.getNamedChildCount() < 2) {
      return null;
    }
    int from = tree.end(node.getNamedChild(0));
    int to = tree.start(node.getNamedChild(1));
    String text = tree.text(node);
    int base = tree.start(node);
    return from < to
        ? text.substring(from - base, to - base).strip().replaceAll("\\s+", " ")
        : null;
  }

  private static Comparison placed(SyntaxTree tree, TSNode node, boolean negated) {
    boolean flip = negated;
    TSNode child = node;
    TSNode p = node.getParent();
    boolean assertion = false;
    boolean orOther = false;
    while (p != null && !p.isNull()) {
      String t = p.getType();
      if (t.equals("assert_statement")) {
        assertion = true;
      }
      orOther |= !flip && orOther(tree, p, child);
      if (NOT.contains(t) && !TRANSPARENT.contains(t)) {
        flip = !flip;
      } else if (!TRANSPARENT.contains(t)) {
        break;
      }
      child = p;
      p = p.getParent();
    }
    for (TSNode a = p; a != null && !a.isNull() && !assertion; a = a.getParent()) {
      assertion = a.getType().equals("assert_statement");
    }
    if (p == null || p.isNull()) {
      return new Comparison(node, flip, null, null, assertion, orOther);
    }
    TSNode condition = field(p, "condition");
    boolean isCondition = condition != null && BranchingSyntax.same(condition, child);
    String t = p.getType();
    boolean rustIf = t.equals("if_expression") && field(p, "consequence") != null;
    if (isCondition && (t.equals("if_statement") || t.equals("elif_clause") || rustIf)) {
      TSNode path = flip ? field(p, "consequence") : elsePart(p);
      return new Comparison(node, flip, p, path, assertion, orOther);
    }
    if (t.equals("if_expression") && BranchingSyntax.same(p.getNamedChild(0), child)) {
      // Kotlin: condition, then-body and else-body are the named children.
      List<TSNode> bodies = BranchingSyntax.children(p, "control_structure_body");
      TSNode path = flip ? bodies.get(0) : bodies.size() == 2 ? bodies.get(1) : null;
      return new Comparison(node, flip, p, bodies.isEmpty() ? null : path, assertion, orOther);
    }
    if (isCondition || t.startsWith("while") || t.equals("for_statement")) {
      return new Comparison(node, flip, p, null, assertion, orOther);
    }
    return new Comparison(node, flip, null, null, assertion, orOther);
  }

  /**
   * Whether {@code parent} is an or of {@code child} and an operand that names no stop reason (a
   * Kotlin {@code disjunction_expression}, or a binary/boolean operator spelled {@code ||} or
   * {@code or}).
   */
  private static boolean orOther(SyntaxTree tree, TSNode parent, TSNode child) {
    String t = parent.getType();
    String op =
        t.equals("binary_expression") || t.equals("boolean_operator")
            ? operator(tree, parent)
            : null;
    boolean or = t.equals("disjunction_expression") || (op != null && OR.matcher(op).matches());
    if (!or) {
      return false;
    }
    for (int i = 0; i < parent.getNamedChildCount(); i++) {
      TSNode other = parent.getNamedChild(i);
      if (!BranchingSyntax.same(other, child)
          && !other.getType().contains("comment")
          && !StopReasonCheck.STOP_KEY.matcher(tree.text(other)).find()
          && StopReasonCheck.values(tree.text(other)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static TSNode elsePart(TSNode ifNode) {
    TSNode alt = field(ifNode, "alternative");
    if (alt != null) {
      return alt;
    }
    for (TSNode e : BranchingSyntax.children(ifNode, "else_clause")) {
      return e;
    }
    return null;
  }
}
