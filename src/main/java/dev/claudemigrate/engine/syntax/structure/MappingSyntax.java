package dev.claudemigrate.engine.syntax.structure;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/** How one language's grammar spells key/value objects, calls and string literals. */
interface MappingSyntax {

  /** One key of an object before its value is resolved; {@code value} is null for a shorthand. */
  record RawMember(String key, int keyStart, int keyEnd, TSNode value) {}

  /**
   * A statement that sets one key of an object held in a variable: {@code body["top_p"] = 0.9},
   * {@code body.put("top_p", 0.9)}, {@code body.topP = 0.9}; or, with a null key, that initialises
   * the variable ({@code body = {...}}).
   *
   * @param receiver the variable's name
   * @param key the key set, or null for an initialisation
   * @param value the value expression (null when {@code bound} names the new child object instead)
   * @param bound for {@code ObjectNode t = body.putObject("k")}: the variable that holds the new
   *     object
   * @param statement the whole statement, whose parent is its block
   */
  record Assign(
      String receiver,
      String key,
      int keyStart,
      int keyEnd,
      TSNode value,
      String bound,
      TSNode statement) {}

  /** The assignment {@code node} makes to a key of a variable's object, or null. */
  default Assign assign(TSNode node, SyntaxTree tree) {
    return null;
  }

  /**
   * The node types this syntax looks at, so that a walk asks about a node only when it may matter.
   *
   * @param objects the types {@link #members} may accept
   * @param strings string literal types
   * @param assigns the types {@link #assign} may accept
   * @param functions function bodies, which bound the statements of one object
   */
  record NodeTypes(
      Set<String> objects, Set<String> strings, Set<String> assigns, Set<String> functions) {}

  NodeTypes types();

  /** Whether {@code node} is a string literal. */
  default boolean isString(TSNode node) {
    return types().strings().contains(node.getType());
  }

  /** The members when {@code node} is an object of this language, else an empty list. */
  List<RawMember> members(TSNode node, SyntaxTree tree);

  /**
   * The expression {@code node} stands for, without parentheses, casts, {@code &} or lambda heads.
   */
  TSNode strip(TSNode node);

  /**
   * The positional arguments when {@code node} is a call or constructor call, else an empty list.
   */
  List<TSNode> arguments(TSNode node);

  /** The named children of {@code node}, skipping comments. */
  static List<TSNode> named(TSNode node) {
    ArrayList<TSNode> out = new ArrayList<>();
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode c = node.getNamedChild(i);
      if (!c.getType().contains("comment")) {
        out.add(c);
      }
    }
    return out;
  }

  /** The arguments of a {@code call_expression} (Go, Rust), else an empty list. */
  static List<TSNode> callArguments(TSNode node) {
    TSNode args = node.getType().equals("call_expression") ? field(node, "arguments") : null;
    return args == null ? List.of() : named(args);
  }

  /** A child by field name, or null when absent. */
  static TSNode field(TSNode node, String name) {
    TSNode c = node.getChildByFieldName(name);
    return c == null || c.isNull() ? null : c;
  }
}
