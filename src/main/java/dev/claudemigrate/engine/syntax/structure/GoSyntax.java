package dev.claudemigrate.engine.syntax.structure;

import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.field;
import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.named;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Go objects: keyed composite literals, both maps with string keys and structs with field names.
 */
final class GoSyntax implements MappingSyntax {
  private static final NodeTypes TYPES =
      new NodeTypes(
          Set.of("composite_literal"),
          Set.of("interpreted_string_literal", "raw_string_literal"),
          Set.of("short_var_declaration", "assignment_statement"),
          Set.of("function_declaration", "method_declaration", "func_literal"));

  @Override
  public List<RawMember> members(TSNode node, SyntaxTree tree) {
    TSNode body = node.getType().equals("composite_literal") ? field(node, "body") : null;
    if (body == null) {
      return List.of();
    }
    List<RawMember> out = new ArrayList<>();
    for (TSNode e : named(body)) {
      TSNode key = e.getType().equals("keyed_element") ? field(e, "key") : null;
      if (key != null) {
        TSNode k = strip(key);
        String name = tree.text(k).replaceAll("^[\"`]|[\"`]$", "");
        out.add(new RawMember(name, tree.start(k), tree.end(k), field(e, "value")));
      }
    }
    return out;
  }

  @Override
  public Assign assign(TSNode node, SyntaxTree tree) {
    boolean declare = node.getType().equals("short_var_declaration");
    if (!declare && !node.getType().equals("assignment_statement")) {
      return null;
    }
    List<TSNode> left = field(node, "left") == null ? List.of() : named(field(node, "left"));
    List<TSNode> right = field(node, "right") == null ? List.of() : named(field(node, "right"));
    if (left.size() != 1 || right.size() != 1) {
      return null;
    }
    TSNode l = left.get(0);
    if (l.getType().equals("identifier")) {
      return new Assign(tree.text(l), null, 0, 0, right.get(0), null, node);
    }
    TSNode target = l.getType().equals("index_expression") ? field(l, "operand") : null;
    TSNode key = target == null ? null : field(l, "index");
    if (declare
        || target == null
        || key == null
        || !target.getType().equals("identifier")
        || !isString(key)) {
      return null;
    }
    String k = tree.text(key).replaceAll("^[\"`]|[\"`]$", "");
    return new Assign(
        tree.text(target), k, tree.start(key), tree.end(key), right.get(0), null, node);
  }

  @Override
  public TSNode strip(TSNode node) {
    TSNode n = node;
    while (true) {
      String t = n.getType();
      if ((t.equals("literal_element") || t.equals("parenthesized_expression"))
          && n.getNamedChildCount() == 1) {
        n = n.getNamedChild(0);
      } else if (t.equals("unary_expression") && n.getChild(0).getType().equals("&")) {
        n = field(n, "operand");
      } else {
        return n;
      }
    }
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
