package dev.claudemigrate.engine.rules.structure;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.List;
import org.treesitter.TSNode;

/** How one language's grammar spells key/value objects, calls and string literals. */
interface MappingSyntax {

  /** One key of an object before its value is resolved; {@code value} is null for a shorthand. */
  record RawMember(String key, int keyStart, int keyEnd, TSNode value) {}

  /** The members when {@code node} is an object of this language, else an empty list. */
  List<RawMember> members(TSNode node, SyntaxTree tree);

  /** The expression {@code node} stands for, without parentheses, casts, {@code &} or lambda heads. */
  TSNode strip(TSNode node);

  /** The positional arguments when {@code node} is a call or constructor call, else an empty list. */
  List<TSNode> arguments(TSNode node);

  /** Whether {@code node} is a string literal. */
  boolean isString(TSNode node);

  /** The named children of {@code node}, skipping comments. */
  static List<TSNode> named(TSNode node) {
    java.util.ArrayList<TSNode> out = new java.util.ArrayList<>();
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode c = node.getNamedChild(i);
      if (!c.getType().contains("comment")) {
        out.add(c);
      }
    }
    return out;
  }

  /** A child by field name, or null when absent. */
  static TSNode field(TSNode node, String name) {
    TSNode c = node.getChildByFieldName(name);
    return c == null || c.isNull() ? null : c;
  }
}
