package dev.claudemigrate.engine.syntax.structure;

import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.field;
import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.named;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * C# objects: an object initializer ({@code new InferenceConfiguration { Temperature = 0.5F, TopP =
 * 0.9F }}, the AWS SDK for .NET's request types), a dictionary initializer ({@code ["top_p"] =
 * 0.9}, {@code { "top_p", 0.9 }}), and an anonymous object serialised into a request body ({@code
 * new { temperature = 0.5, top_p = 0.9 }}).
 */
final class CSharpSyntax implements MappingSyntax {
  private static final NodeTypes TYPES =
      new NodeTypes(
          Set.of("object_creation_expression", "anonymous_object_creation_expression"),
          Set.of("string_literal", "verbatim_string_literal", "raw_string_literal"),
          Set.of(),
          Set.of(
              "method_declaration",
              "constructor_declaration",
              "local_function_statement",
              "lambda_expression"));

  @Override
  public List<RawMember> members(TSNode node, SyntaxTree tree) {
    return switch (node.getType()) {
      case "object_creation_expression" -> initializer(field(node, "initializer"), tree);
      case "anonymous_object_creation_expression" -> anonymous(node, tree);
      default -> List.of();
    };
  }

  private List<RawMember> initializer(TSNode init, SyntaxTree tree) {
    List<RawMember> out = new ArrayList<>();
    if (init == null) {
      return out;
    }
    for (TSNode e : named(init)) {
      TSNode left = e.getType().equals("assignment_expression") ? field(e, "left") : null;
      TSNode key = left;
      if (left != null && left.getType().equals("element_binding_expression")) {
        List<TSNode> args = named(left);
        key = args.size() == 1 && args.get(0).getNamedChildCount() == 1 ? strip(args.get(0)) : null;
      }
      TSNode value = left == null ? null : field(e, "right");
      if (e.getType().equals("initializer_expression") && named(e).size() == 2) {
        key = named(e).get(0); // { "top_p", 0.9 }: Add(key, value)
        value = named(e).get(1);
      }
      boolean named = key != null && (key.getType().equals("identifier") || isString(key));
      if (named && value != null) {
        String name = tree.text(key).replaceAll("^@?\"|\"$", "");
        out.add(new RawMember(name, tree.start(key), tree.end(key), value));
      }
    }
    return out;
  }

  /**
   * {@code new { a = 1, b }}: the grammar lists names and values as siblings, so a name followed by
   * {@code =} takes the next child as its value, and a name alone is a shorthand.
   */
  private static List<RawMember> anonymous(TSNode node, SyntaxTree tree) {
    List<RawMember> out = new ArrayList<>();
    for (int i = 0; i < node.getChildCount(); i++) {
      TSNode c = node.getChild(i);
      if (!c.isNamed() || !c.getType().equals("identifier")) {
        continue;
      }
      boolean assigned = i + 2 < node.getChildCount() && node.getChild(i + 1).getType().equals("=");
      out.add(
          new RawMember(
              tree.text(c), tree.start(c), tree.end(c), assigned ? node.getChild(i + 2) : null));
      i += assigned ? 2 : 0;
    }
    return out;
  }

  @Override
  public TSNode strip(TSNode node) {
    TSNode n = node;
    while ((n.getType().equals("parenthesized_expression") || n.getType().equals("argument"))
        && n.getNamedChildCount() == 1) {
      n = n.getNamedChild(0);
    }
    return n;
  }

  @Override
  public List<TSNode> arguments(TSNode node) {
    boolean call =
        node.getType().equals("invocation_expression")
            || node.getType().equals("object_creation_expression");
    TSNode args = call ? field(node, "arguments") : null;
    return args == null ? List.of() : named(args).stream().map(this::strip).toList();
  }

  @Override
  public NodeTypes types() {
    return TYPES;
  }
}
