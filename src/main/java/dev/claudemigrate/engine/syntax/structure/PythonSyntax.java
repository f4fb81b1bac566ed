package dev.claudemigrate.engine.syntax.structure;

import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.field;
import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.named;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/** Python objects: dict literals with string keys, and calls made only of keyword arguments. */
final class PythonSyntax implements MappingSyntax {
  private static final NodeTypes TYPES =
      new NodeTypes(
          Set.of("dictionary", "call"),
          Set.of("string", "concatenated_string"),
          Set.of("assignment"),
          Set.of("function_definition"));

  @Override
  public List<RawMember> members(TSNode node, SyntaxTree tree) {
    return switch (node.getType()) {
      case "dictionary" -> dict(node, tree);
      case "call" -> keywordCall(node, tree);
      default -> List.of();
    };
  }

  private List<RawMember> dict(TSNode node, SyntaxTree tree) {
    List<RawMember> out = new ArrayList<>();
    for (TSNode pair : named(node)) {
      TSNode key = pair.getType().equals("pair") ? field(pair, "key") : null;
      if (key != null && key.getType().equals("string")) {
        String k = tree.text(key).replaceAll("^[a-zA-Z]*['\"]+|['\"]+$", "");
        out.add(new RawMember(k, tree.start(key), tree.end(key), field(pair, "value")));
      }
    }
    return out;
  }

  /**
   * {@code client.converse(modelId=..., inferenceConfig={...})}: the keywords are the request's
   * keys.
   */
  private List<RawMember> keywordCall(TSNode node, SyntaxTree tree) {
    TSNode args = field(node, "arguments");
    if (args == null || !args.getType().equals("argument_list") || !arguments(node).isEmpty()) {
      return List.of();
    }
    List<RawMember> out = new ArrayList<>();
    for (TSNode a : named(args)) {
      TSNode name = a.getType().equals("keyword_argument") ? field(a, "name") : null;
      if (name != null) {
        out.add(
            new RawMember(tree.text(name), tree.start(name), tree.end(name), field(a, "value")));
      }
    }
    return out;
  }

  @Override
  public Assign assign(TSNode node, SyntaxTree tree) {
    TSNode stmt = node.getParent();
    if (!node.getType().equals("assignment")
        || stmt == null
        || !stmt.getType().equals("expression_statement")) {
      return null;
    }
    TSNode left = field(node, "left");
    TSNode right = field(node, "right");
    if (left == null || right == null) {
      return null;
    }
    if (left.getType().equals("identifier")) {
      return new Assign(tree.text(left), null, 0, 0, right, null, stmt);
    }
    TSNode target = left.getType().equals("subscript") ? field(left, "value") : null;
    TSNode key = target == null ? null : field(left, "subscript");
    if (target == null || key == null || !target.getType().equals("identifier") || !isString(key)) {
      return null;
    }
    String k = tree.text(key).replaceAll("^[a-zA-Z]*['\"]+|['\"]+$", "");
    return new Assign(tree.text(target), k, tree.start(key), tree.end(key), right, null, stmt);
  }

  @Override
  public TSNode strip(TSNode node) {
    TSNode n = node;
    while (n.getType().equals("parenthesized_expression") && n.getNamedChildCount() == 1) {
      n = n.getNamedChild(0);
    }
    return n;
  }

  @Override
  public List<TSNode> arguments(TSNode node) {
    TSNode args = node.getType().equals("call") ? field(node, "arguments") : null;
    if (args == null || !args.getType().equals("argument_list")) {
      return List.of();
    }
    return named(args).stream()
        .filter(a -> !a.getType().equals("keyword_argument") && !a.getType().endsWith("splat"))
        .toList();
  }

  @Override
  public NodeTypes types() {
    return TYPES;
  }
}
