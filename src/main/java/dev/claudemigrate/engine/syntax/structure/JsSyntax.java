package dev.claudemigrate.engine.syntax.structure;

import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.field;
import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.named;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/** JavaScript and TypeScript objects: object literals, including shorthand properties. */
final class JsSyntax implements MappingSyntax {
  private static final NodeTypes TYPES =
      new NodeTypes(
          Set.of("object"),
          Set.of("string", "template_string"),
          Set.of("variable_declarator", "assignment_expression"),
          Set.of(
              "function_declaration",
              "method_definition",
              "arrow_function",
              "function_expression",
              "function"));
  private static final Set<String> WRAPPERS =
      Set.of(
          "parenthesized_expression",
          "as_expression",
          "satisfies_expression",
          "non_null_expression",
          "type_assertion",
          "await_expression");

  @Override
  public List<RawMember> members(TSNode node, SyntaxTree tree) {
    if (!node.getType().equals("object")) {
      return List.of();
    }
    List<RawMember> out = new ArrayList<>();
    for (TSNode p : named(node)) {
      if (p.getType().equals("shorthand_property_identifier")) {
        out.add(new RawMember(tree.text(p), tree.start(p), tree.end(p), null));
      } else if (p.getType().equals("pair")) {
        TSNode key = field(p, "key");
        if (key != null && !key.getType().equals("computed_property_name")) {
          String k = tree.text(key).replaceAll("^['\"`]|['\"`]$", "");
          out.add(new RawMember(k, tree.start(key), tree.end(key), field(p, "value")));
        }
      }
    }
    return out;
  }

  @Override
  public Assign assign(TSNode node, SyntaxTree tree) {
    if (node.getType().equals("variable_declarator")) {
      TSNode name = field(node, "name");
      TSNode value = field(node, "value");
      return name == null || value == null || !name.getType().equals("identifier")
          ? null
          : new Assign(tree.text(name), null, 0, 0, value, null, node.getParent());
    }
    TSNode stmt = node.getParent();
    if (!node.getType().equals("assignment_expression")
        || stmt == null
        || !stmt.getType().equals("expression_statement")) {
      return null;
    }
    TSNode left = field(node, "left");
    TSNode target = left == null ? null : field(left, "object");
    TSNode key =
        left == null
            ? null
            : left.getType().equals("member_expression")
                ? field(left, "property")
                : field(left, "index");
    if (target == null
        || key == null
        || !target.getType().equals("identifier")
        || !(key.getType().equals("property_identifier") || isString(key))) {
      return null;
    }
    String k = tree.text(key).replaceAll("^['\"`]|['\"`]$", "");
    return new Assign(
        tree.text(target), k, tree.start(key), tree.end(key), field(node, "right"), null, stmt);
  }

  @Override
  public TSNode strip(TSNode node) {
    TSNode n = node;
    while (WRAPPERS.contains(n.getType()) && n.getNamedChildCount() >= 1) {
      n = n.getNamedChild(0);
    }
    return n;
  }

  @Override
  public List<TSNode> arguments(TSNode node) {
    String t = node.getType();
    TSNode args =
        t.equals("call_expression") || t.equals("new_expression") ? field(node, "arguments") : null;
    return args == null || !args.getType().equals("arguments") ? List.of() : named(args);
  }

  @Override
  public NodeTypes types() {
    return TYPES;
  }
}
