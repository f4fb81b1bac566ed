package dev.claudemigrate.engine.rules.stopreason;

import static dev.claudemigrate.engine.rules.stopreason.BranchingSyntax.children;
import static dev.claudemigrate.engine.rules.stopreason.BranchingSyntax.field;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Guard clauses read as one dispatch. Consecutive ifs without an else whose body always leaves
 * (return, throw, raise, break, continue) test one value after another, as a switch does:
 *
 * <pre>
 * if (reason == StopReason.END_TURN) return STOP;
 * if (reason == StopReason.CONTENT_FILTERED) return BLOCKED;
 * return OTHER;
 * </pre>
 *
 * A value that no guard takes reaches the statement after the last guard, which is the run's
 * default (none when the block ends there). Judged one if at a time, each guard would seem to let a
 * refusal through that a later guard handles.
 */
final class GuardRuns {
  private static final Set<String> EXITS =
      Set.of(
          "return_statement",
          "throw_statement",
          "raise_statement",
          "break_statement",
          "continue_statement");

  /** Calls that never return: Go's panic and log.Fatal, exits of the process. */
  private static final Pattern ENDS_PROCESS =
      Pattern.compile(
          "(?:panic|log\\.Fatal\\w*|os\\.Exit|sys\\.exit|process\\.exit|System\\.exit)\\s*\\(");

  private GuardRuns() {}

  /** Whether {@code node} is a guard that follows another guard, so part of a run headed above. */
  static boolean continuesRun(TSNode node, SyntaxTree tree) {
    return isGuard(node, tree) && isGuard(previous(node), tree);
  }

  /** The run that {@code head} starts, or null when it starts no run of two guards or more. */
  static Branching run(TSNode head, SyntaxTree tree) {
    if (!isGuard(head, tree) || isGuard(previous(head), tree)) {
      return null;
    }
    List<TSNode> tests = new ArrayList<>();
    TSNode n = head;
    TSNode after = head;
    for (; isGuard(n, tree); n = next(n)) {
      tests.add(field(n, "condition"));
      after = next(n);
    }
    // A negated guard (reason != TOOL_USE) sends every other value, a refusal included, into its
    // body; whether that body fails is the single comparison's question, not the run's.
    if (tests.size() < 2
        || tests.contains(null)
        || tests.stream().anyMatch(t -> StopReasonCheck.isNegated(tree.text(t)))) {
      return null;
    }
    return new Branching(head, tree.end(tests.get(0)), "if", null, tests, after, true);
  }

  private static boolean isGuard(TSNode node, SyntaxTree tree) {
    if (node == null || !node.getType().equals("if_statement")) {
      return false;
    }
    if (field(node, "alternative") != null
        || !children(node, "elif_clause", "else_clause").isEmpty()) {
      return false;
    }
    return leaves(field(node, "consequence"), tree);
  }

  /** Whether a body always leaves: it is, or ends with, a return, throw, raise, break, continue. */
  private static boolean leaves(TSNode body, SyntaxTree tree) {
    if (body == null) {
      return false;
    }
    if (EXITS.contains(body.getType())) {
      return true;
    }
    TSNode last = null;
    for (int i = body.getNamedChildCount() - 1; i >= 0 && last == null; i--) {
      TSNode c = body.getNamedChild(i);
      if (!c.getType().contains("comment")) {
        last = c;
      }
    }
    if (last == null) {
      return false;
    }
    // Go wraps a block's statements in a statement list.
    if (last.getType().equals("statement_list")) {
      return leaves(last, tree);
    }
    return EXITS.contains(last.getType())
        || (last.getType().equals("expression_statement")
            && ENDS_PROCESS.matcher(tree.text(last)).lookingAt());
  }

  private static TSNode next(TSNode node) {
    TSNode n = node.getNextNamedSibling();
    while (n != null && !n.isNull() && n.getType().contains("comment")) {
      n = n.getNextNamedSibling();
    }
    return n == null || n.isNull() ? null : n;
  }

  private static TSNode previous(TSNode node) {
    TSNode n = node.getPrevNamedSibling();
    while (n != null && !n.isNull() && n.getType().contains("comment")) {
      n = n.getPrevNamedSibling();
    }
    return n == null || n.isNull() ? null : n;
  }
}
