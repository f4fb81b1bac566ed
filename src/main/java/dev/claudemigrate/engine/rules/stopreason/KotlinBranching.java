package dev.claudemigrate.engine.rules.stopreason;

import static dev.claudemigrate.engine.rules.stopreason.BranchingSyntax.children;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * Kotlin {@code when} expressions (with or without subject) and if/else-if chains as {@link
 * Branching}s.
 */
final class KotlinBranching {
  private KotlinBranching() {}

  /** The branching {@code node} starts, or null when it starts none (or is an inner else-if). */
  static Branching of(TSNode node, SyntaxTree tree) {
    return switch (node.getType()) {
      case "when_expression" -> when(node, tree);
      case "if_expression" -> isElseIf(node) ? null : ifChain(node, tree);
      default -> null;
    };
  }

  private static Branching when(TSNode node, SyntaxTree tree) {
    TSNode subjectNode = BranchingSyntax.firstChild(node, "when_subject");
    TSNode subject =
        subjectNode == null || subjectNode.getNamedChildCount() == 0
            ? null
            : subjectNode.getNamedChild(subjectNode.getNamedChildCount() - 1);
    List<TSNode> tests = new ArrayList<>();
    TSNode fallback = null;
    for (TSNode entry : children(node, "when_entry")) {
      List<TSNode> conditions = children(entry, "when_condition");
      if (conditions.isEmpty()) {
        fallback = entry;
      }
      tests.addAll(conditions);
    }
    int headerEnd =
        subjectNode != null ? tree.end(subjectNode) : tree.start(node) + "when".length();
    return new Branching(node, headerEnd, "when", subject, tests, fallback);
  }

  /**
   * {@code if (a) x else if (b) y else z}: condition, then-body, and else-body are the named
   * children.
   */
  private static Branching ifChain(TSNode head, SyntaxTree tree) {
    List<TSNode> tests = new ArrayList<>();
    TSNode fallback = null;
    for (TSNode n = head; n != null; ) {
      tests.add(n.getNamedChild(0));
      List<TSNode> bodies = children(n, "control_structure_body");
      TSNode elseBody = bodies.size() == 2 ? bodies.get(1) : null;
      TSNode elseIf =
          elseBody != null
                  && elseBody.getNamedChildCount() == 1
                  && elseBody.getNamedChild(0).getType().equals("if_expression")
              ? elseBody.getNamedChild(0)
              : null;
      if (elseIf != null) {
        n = elseIf;
      } else {
        fallback = elseBody;
        n = null;
      }
    }
    return new Branching(head, tree.end(tests.get(0)), "if", null, tests, fallback);
  }

  private static boolean isElseIf(TSNode node) {
    TSNode body = node.getParent();
    if (body == null
        || body.isNull()
        || !body.getType().equals("control_structure_body")
        || body.getNamedChildCount() != 1) {
      return false;
    }
    TSNode outer = body.getParent();
    if (outer == null || outer.isNull() || !outer.getType().equals("if_expression")) {
      return false;
    }
    List<TSNode> bodies = children(outer, "control_structure_body");
    return bodies.size() == 2 && BranchingSyntax.same(bodies.get(1), body);
  }
}
