package dev.claudemigrate.engine.syntax.structure;

import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.named;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Kotlin objects: DSL blocks ({@code InferenceConfiguration { temperature = 0.5F }}), JSON builders
 * ({@code buildJsonObject { put("k", v) }}), {@code mapOf("k" to v)}, and Java-style call chains.
 */
final class KotlinSyntax extends ChainSyntax {
  private static final NodeTypes TYPES =
      new NodeTypes(
          Set.of("lambda_literal", "call_expression"),
          Set.of("string_literal", "multiline_string_literal"),
          Set.of("property_declaration", "assignment", "call_expression"),
          Set.of("function_declaration"));
  private static final Set<String> MAP_FACTORIES =
      Set.of("mapOf", "mutableMapOf", "hashMapOf", "linkedMapOf");

  @Override
  public List<RawMember> members(TSNode node, SyntaxTree tree) {
    return switch (node.getType()) {
      case "lambda_literal" -> block(node, tree);
      case "call_expression" -> isMapFactory(node, tree) ? mapOf(node, tree) : chain(node, tree);
      default -> List.of();
    };
  }

  /**
   * Statements of a DSL block: {@code key = value}, {@code key { ... }} and {@code put("key",
   * value)}.
   */
  private List<RawMember> block(TSNode lambda, SyntaxTree tree) {
    List<RawMember> out = new ArrayList<>();
    for (TSNode stmts : named(lambda)) {
      if (!stmts.getType().equals("statements")) {
        continue;
      }
      for (TSNode s : named(stmts)) {
        statement(s, tree, out);
      }
    }
    return out;
  }

  private void statement(TSNode s, SyntaxTree tree, List<RawMember> out) {
    if (s.getType().equals("assignment") && s.getNamedChildCount() == 2) {
      TSNode target = s.getNamedChild(0);
      if (target.getNamedChildCount() == 1
          && target.getNamedChild(0).getType().equals("simple_identifier")) {
        TSNode id = target.getNamedChild(0);
        out.add(new RawMember(tree.text(id), tree.start(id), tree.end(id), s.getNamedChild(1)));
      }
      return;
    }
    Link l = link(s, tree);
    if (l == null || l.receiver() != null) {
      return;
    }
    if (l.name().equals("put") && l.args().size() == 2 && isString(strip(l.args().get(0)))) {
      out.add(keyed(strip(l.args().get(0)), l.args().get(1), tree));
    } else if (l.args().size() == 1 && l.args().get(0).getType().equals("lambda_literal")) {
      out.add(
          new RawMember(
              l.name(), tree.start(l.nameNode()), tree.end(l.nameNode()), l.args().get(0)));
    }
  }

  /** {@code val body = ...}, {@code body["k"] = v} and {@code body.put("k", v)} as statements. */
  @Override
  public Assign assign(TSNode node, SyntaxTree tree) {
    List<TSNode> parts = named(node);
    switch (node.getType()) {
      case "property_declaration":
        {
          TSNode decl =
              parts.stream()
                  .filter(p -> p.getType().equals("variable_declaration"))
                  .findFirst()
                  .orElse(null);
          TSNode value = parts.isEmpty() ? null : parts.get(parts.size() - 1);
          return decl == null || value == decl || decl.getNamedChildCount() == 0
              ? null
              : new Assign(tree.text(decl.getNamedChild(0)), null, 0, 0, value, null, node);
        }
      case "assignment":
        {
          TSNode target = parts.size() == 2 ? parts.get(0) : null;
          List<TSNode> t = target == null ? List.of() : named(target);
          boolean indexed =
              t.size() == 2
                  && t.get(0).getType().equals("simple_identifier")
                  && t.get(1).getType().equals("indexing_suffix")
                  && t.get(1).getNamedChildCount() == 1
                  && isString(t.get(1).getNamedChild(0));
          return indexed
              ? keyAssign(tree.text(t.get(0)), t.get(1).getNamedChild(0), parts.get(1), node, tree)
              : null;
        }
      default:
        {
          TSNode parent = node.getParent();
          Link l =
              parent != null && !parent.isNull() && parent.getType().equals("statements")
                  ? link(node, tree)
                  : null;
          boolean put =
              l != null
                  && l.name().equals("put")
                  && l.args().size() == 2
                  && l.receiver() != null
                  && l.receiver().getType().equals("simple_identifier")
                  && isString(strip(l.args().get(0)));
          return put
              ? keyAssign(
                  tree.text(l.receiver()), strip(l.args().get(0)), l.args().get(1), node, tree)
              : null;
        }
    }
  }

  private Assign keyAssign(
      String receiver, TSNode key, TSNode value, TSNode stmt, SyntaxTree tree) {
    RawMember k = keyed(key, value, tree);
    return new Assign(receiver, k.key(), k.keyStart(), k.keyEnd(), value, null, stmt);
  }

  private boolean isMapFactory(TSNode call, SyntaxTree tree) {
    Link l = link(call, tree);
    return l != null && l.receiver() == null && MAP_FACTORIES.contains(l.name());
  }

  private List<RawMember> mapOf(TSNode call, SyntaxTree tree) {
    List<RawMember> out = new ArrayList<>();
    for (TSNode a : arguments(call)) {
      TSNode e = strip(a);
      if (e.getType().equals("infix_expression")
          && e.getNamedChildCount() == 3
          && tree.text(e.getNamedChild(1)).equals("to")
          && isString(e.getNamedChild(0))) {
        out.add(keyed(e.getNamedChild(0), e.getNamedChild(2), tree));
      }
    }
    return out;
  }

  @Override
  Link link(TSNode node, SyntaxTree tree) {
    if (!node.getType().equals("call_expression") || node.getNamedChildCount() < 2) {
      return null;
    }
    TSNode callee = node.getNamedChild(0);
    if (callee.getType().equals("simple_identifier")) {
      return new Link(tree.text(callee), callee, arguments(node), null);
    }
    if (callee.getType().equals("navigation_expression") && callee.getNamedChildCount() == 2) {
      TSNode suffix = callee.getNamedChild(1);
      TSNode name = suffix.getNamedChildCount() == 1 ? suffix.getNamedChild(0) : null;
      if (name != null && name.getType().equals("simple_identifier")) {
        return new Link(tree.text(name), name, arguments(node), callee.getNamedChild(0));
      }
    }
    return null;
  }

  @Override
  boolean hasCaller(TSNode node) {
    TSNode nav = node.getParent();
    if (nav == null
        || nav.isNull()
        || !nav.getType().equals("navigation_expression")
        || !same(nav.getNamedChild(0), node)) {
      return false;
    }
    TSNode call = nav.getParent();
    return call != null && !call.isNull() && call.getType().equals("call_expression");
  }

  @Override
  boolean isLambdaParameter(TSNode root, SyntaxTree tree) {
    String name = tree.text(root);
    TSNode lambda = SyntaxTree.ancestor(root, "lambda_literal");
    if (lambda == null) {
      return false;
    }
    for (TSNode c : named(lambda)) {
      if (c.getType().equals("lambda_parameters")) {
        return tree.text(c).strip().equals(name);
      }
    }
    return name.equals("it");
  }

  @Override
  public TSNode strip(TSNode node) {
    TSNode n = node;
    while (Set.of("parenthesized_expression", "value_argument", "annotated_lambda")
            .contains(n.getType())
        && n.getNamedChildCount() >= 1) {
      n = n.getNamedChild(n.getNamedChildCount() - 1);
    }
    return n.getType().equals("lambda_literal") ? lambdaBody(n) : n;
  }

  /**
   * {@code { c -> c.temperature(1f) }} stands for its one chained statement; a DSL block for
   * itself.
   */
  private static TSNode lambdaBody(TSNode lambda) {
    List<TSNode> parts = named(lambda);
    if (parts.size() == 2
        && parts.get(0).getType().equals("lambda_parameters")
        && parts.get(1).getType().equals("statements")
        && parts.get(1).getNamedChildCount() == 1) {
      return parts.get(1).getNamedChild(0);
    }
    return lambda;
  }

  @Override
  public List<TSNode> arguments(TSNode node) {
    if (!node.getType().equals("call_expression")) {
      return List.of();
    }
    List<TSNode> out = new ArrayList<>();
    for (TSNode suffix : named(node)) {
      if (!suffix.getType().equals("call_suffix")) {
        continue;
      }
      for (TSNode part : named(suffix)) {
        if (part.getType().equals("value_arguments")) {
          named(part).forEach(v -> out.add(strip(v)));
        } else if (part.getType().equals("annotated_lambda")) {
          out.add(strip(part));
        }
      }
    }
    return out;
  }

  @Override
  public NodeTypes types() {
    return TYPES;
  }
}
