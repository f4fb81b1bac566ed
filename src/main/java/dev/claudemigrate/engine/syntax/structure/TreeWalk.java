package dev.claudemigrate.engine.syntax.structure;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.function.BiConsumer;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/**
 * A pre-order walk over the named nodes of a tree with a tree cursor: each step is constant time,
 * where indexed child access costs time proportional to the index, and each node's type is read
 * once.
 */
public final class TreeWalk {
  private TreeWalk() {}

  /** Calls {@code visitor} with every named node and its type, in document order. */
  public static void named(SyntaxTree tree, BiConsumer<TSNode, String> visitor) {
    named(tree, tree.root(), visitor);
  }

  /** Calls {@code visitor} with {@code top} and every named node under it, in document order. */
  public static void named(SyntaxTree tree, TSNode top, BiConsumer<TSNode, String> visitor) {
    TSTreeCursor c = new TSTreeCursor(top);
    while (true) {
      TSNode node = c.currentNode();
      if (node.isNamed()) {
        visitor.accept(node, node.getType());
      }
      if (c.gotoFirstChild() || c.gotoNextSibling()) {
        continue;
      }
      do {
        if (!c.gotoParent()) {
          return;
        }
      } while (!c.gotoNextSibling());
    }
  }
}
