package dev.claudemigrate.engine.syntax;

import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/** Null-safe navigation of tree-sitter nodes and the edits that delete whole nodes. */
public final class Nodes {
  private Nodes() {}

  /** The parent, or null at the root. */
  public static TSNode parent(TSNode n) {
    TSNode p = n == null ? null : n.getParent();
    return p == null || p.isNull() ? null : p;
  }

  public static boolean is(TSNode n, String... types) {
    return n != null && Set.of(types).contains(n.getType());
  }

  /** The child in field {@code name}, or null. */
  public static TSNode field(TSNode n, String name) {
    TSNode c = n == null ? null : n.getChildByFieldName(name);
    return c == null || c.isNull() ? null : c;
  }

  public static boolean same(TSNode a, TSNode b) {
    return a != null && b != null && TSNode.eq(a, b);
  }

  /** The named children of {@code n} of the given types (all named children with no types). */
  public static List<TSNode> named(TSNode n, String... types) {
    List<TSNode> out = new ArrayList<>();
    Set<String> wanted = Set.of(types);
    for (int i = 0; i < n.getNamedChildCount(); i++) {
      TSNode c = n.getNamedChild(i);
      if (wanted.isEmpty() || wanted.contains(c.getType())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The first unnamed child with exactly {@code token} as type (a keyword or punctuation), or null.
   */
  public static TSNode token(TSNode n, String token) {
    for (int i = 0; i < n.getChildCount(); i++) {
      TSNode c = n.getChild(i);
      if (!c.isNamed() && c.getType().equals(token)) {
        return c;
      }
    }
    return null;
  }

  /** Climbs over parentheses around an expression. */
  public static TSNode unparenthesized(TSNode n) {
    TSNode cur = n;
    while (is(parent(cur), "parenthesized_expression")) {
      cur = parent(cur);
    }
    return cur;
  }

  /**
   * The edit deleting the lines {@code [start, end)} stands on, when nothing else stands on them;
   * null otherwise.
   */
  public static Edit deleteLines(String text, int start, int nodeEnd) {
    // Some grammars (Go cases) end a node after its line break.
    int end = Math.max(start, TextScan.skipWhiteBack(text, nodeEnd));
    if (!TextScan.ownLine(text, start, end)) {
      return null;
    }
    return Edit.delete(TextScan.lineStart(text, start), TextScan.nextLineStart(text, end));
  }

  public static Edit deleteLines(SyntaxTree tree, String text, TSNode n) {
    return deleteLines(text, tree.start(n), tree.end(n));
  }
}
