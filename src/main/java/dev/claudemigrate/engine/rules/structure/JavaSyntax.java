package dev.claudemigrate.engine.rules.structure;

import static dev.claudemigrate.engine.rules.structure.MappingSyntax.field;
import static dev.claudemigrate.engine.rules.structure.MappingSyntax.named;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.List;
import org.treesitter.TSNode;

/** Java objects: builder and {@code put} chains, lambda-configured builders, {@code Map.of}, JSON text blocks. */
final class JavaSyntax extends ChainSyntax {

  @Override
  public List<RawMember> members(TSNode node, SyntaxTree tree) {
    return node.getType().equals("method_invocation") ? chain(node, tree) : List.of();
  }

  @Override
  Link link(TSNode node, SyntaxTree tree) {
    TSNode name = node.getType().equals("method_invocation") ? field(node, "name") : null;
    return name == null ? null : new Link(tree.text(name), name, arguments(node), field(node, "object"));
  }

  @Override
  boolean hasCaller(TSNode node) {
    TSNode p = node.getParent();
    return p != null && !p.isNull() && p.getType().equals("method_invocation") && same(field(p, "object"), node);
  }

  @Override
  boolean isLambdaParameter(TSNode root, SyntaxTree tree) {
    TSNode lambda = SyntaxTree.ancestor(root, "lambda_expression");
    TSNode params = lambda == null ? null : field(lambda, "parameters");
    return params != null && tree.text(params).replaceAll("[()\\s]", "").equals(tree.text(root));
  }

  @Override
  public TSNode strip(TSNode node) {
    TSNode n = node;
    while (true) {
      switch (n.getType()) {
        case "parenthesized_expression" -> n = n.getNamedChild(0);
        case "lambda_expression" -> n = field(n, "body");
        case "cast_expression" -> n = field(n, "value");
        default -> {
          return n;
        }
      }
    }
  }

  @Override
  public List<TSNode> arguments(TSNode node) {
    String t = node.getType();
    TSNode args = t.equals("method_invocation") || t.equals("object_creation_expression")
        ? field(node, "arguments") : null;
    return args == null ? List.of() : named(args);
  }

  @Override
  public boolean isString(TSNode node) {
    return node.getType().equals("string_literal");
  }
}
