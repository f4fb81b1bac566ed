package dev.claudemigrate.engine.syntax.structure;

import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.field;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Rust objects: builder chains of the AWS SDK for Rust ({@code
 * InferenceConfiguration::builder().temperature(0.5).top_p(0.9).build()}). The chain starts at a
 * path call ({@code Type::builder()}), whose receiver is the type rather than a value.
 */
final class RustSyntax extends ChainSyntax {
  private static final NodeTypes TYPES =
      new NodeTypes(
          Set.of("call_expression"),
          Set.of("string_literal", "raw_string_literal"),
          Set.of(),
          Set.of("function_item", "closure_expression"));

  @Override
  public List<RawMember> members(TSNode node, SyntaxTree tree) {
    return node.getType().equals("call_expression") ? chain(node, tree) : List.of();
  }

  /** {@code x.name(args)}: a method call; {@code Type::name(args)}: the start of a chain. */
  @Override
  Link link(TSNode node, SyntaxTree tree) {
    TSNode function = node.getType().equals("call_expression") ? field(node, "function") : null;
    if (function == null) {
      return null;
    }
    return switch (function.getType()) {
      case "field_expression" -> {
        TSNode name = field(function, "field");
        yield name == null
            ? null
            : new Link(tree.text(name), name, arguments(node), field(function, "value"));
      }
      case "scoped_identifier" -> {
        TSNode name = field(function, "name");
        yield name == null ? null : new Link(tree.text(name), name, arguments(node), null);
      }
      default -> null;
    };
  }

  @Override
  boolean hasCaller(TSNode node) {
    TSNode p = node.getParent();
    TSNode call = p == null || p.isNull() ? null : p.getParent();
    return p != null
        && !p.isNull()
        && p.getType().equals("field_expression")
        && same(field(p, "value"), node)
        && call != null
        && !call.isNull()
        && call.getType().equals("call_expression");
  }

  @Override
  boolean isLambdaParameter(TSNode root, SyntaxTree tree) {
    return false;
  }

  @Override
  public TSNode strip(TSNode node) {
    TSNode n = node;
    while ((n.getType().equals("parenthesized_expression")
            || n.getType().equals("reference_expression"))
        && n.getNamedChildCount() >= 1) {
      n = n.getNamedChild(n.getNamedChildCount() - 1);
    }
    return n;
  }

  @Override
  public List<TSNode> arguments(TSNode node) {
    return MappingSyntax.callArguments(node);
  }

  @Override
  public NodeTypes types() {
    return TYPES;
  }
}
