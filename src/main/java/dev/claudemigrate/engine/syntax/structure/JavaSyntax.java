package dev.claudemigrate.engine.syntax.structure;

import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.field;
import static dev.claudemigrate.engine.syntax.structure.MappingSyntax.named;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Java objects: builder and {@code put} chains, lambda-configured builders, {@code Map.of}, JSON
 * text blocks.
 */
final class JavaSyntax extends ChainSyntax {
  private static final NodeTypes TYPES =
      new NodeTypes(
          Set.of("method_invocation"),
          Set.of("string_literal"),
          Set.of("expression_statement", "local_variable_declaration"),
          Set.of("method_declaration", "constructor_declaration", "lambda_expression"));

  @Override
  public List<RawMember> members(TSNode node, SyntaxTree tree) {
    return node.getType().equals("method_invocation") ? chain(node, tree) : List.of();
  }

  /**
   * {@code body.put("k", v);}, {@code body.putObject("k");}, {@code ObjectNode t =
   * body.putObject("k");} and {@code var body = Map.of(...);}.
   */
  @Override
  public Assign assign(TSNode node, SyntaxTree tree) {
    if (node.getType().equals("expression_statement") && node.getNamedChildCount() == 1) {
      Link l = link(node.getNamedChild(0), tree);
      Assign direct = l == null ? null : put(l, null, node, tree);
      return direct != null ? direct : childChain(node.getNamedChild(0), node, tree);
    }
    if (!node.getType().equals("local_variable_declaration")) {
      return null;
    }
    TSNode decl = field(node, "declarator");
    TSNode name = decl == null ? null : field(decl, "name");
    TSNode value = decl == null ? null : field(decl, "value");
    if (name == null || value == null) {
      return null;
    }
    Link l = link(value, tree);
    Assign bound = l == null ? null : put(l, tree.text(name), node, tree);
    return bound != null ? bound : new Assign(tree.text(name), null, 0, 0, value, null, node);
  }

  /**
   * {@code body.putObject("thinking").put("type", "enabled").put("budget_tokens", 512);}: the chain
   * after {@code putObject} is the child object set under that key of {@code body}.
   */
  private Assign childChain(TSNode outer, TSNode stmt, SyntaxTree tree) {
    for (Link l = link(outer, tree);
        l != null && l.receiver() != null;
        l = link(l.receiver(), tree)) {
      boolean opens =
          l.name().equals("putObject")
              && l.args().size() == 1
              && isString(strip(l.args().get(0)))
              && l.receiver().getType().equals("identifier");
      if (opens) {
        TSNode key = strip(l.args().get(0));
        RawMember k = keyed(key, outer, tree);
        return new Assign(
            tree.text(l.receiver()), k.key(), k.keyStart(), k.keyEnd(), outer, null, stmt);
      }
    }
    return null;
  }

  private Assign put(Link l, String boundTo, TSNode stmt, SyntaxTree tree) {
    List<TSNode> a = l.args();
    if (l.receiver() == null
        || !l.receiver().getType().equals("identifier")
        || a.isEmpty()
        || !isString(strip(a.get(0)))
        || !(l.name().startsWith("put") || l.name().equals("set"))) {
      return null;
    }
    TSNode key = strip(a.get(0));
    String k = tree.text(key).replaceAll("^\"+|\"+$", "");
    String receiver = tree.text(l.receiver());
    if (a.size() == 2 && boundTo == null) {
      return new Assign(receiver, k, tree.start(key), tree.end(key), a.get(1), null, stmt);
    }
    boolean child = a.size() == 1 && (l.name().equals("putObject") || l.name().equals("putArray"));
    return child
        ? new Assign(
            receiver,
            k,
            tree.start(key),
            tree.end(key),
            null,
            l.name().equals("putObject") ? boundTo : null,
            stmt)
        : null;
  }

  @Override
  Link link(TSNode node, SyntaxTree tree) {
    TSNode name = node.getType().equals("method_invocation") ? field(node, "name") : null;
    return name == null
        ? null
        : new Link(tree.text(name), name, arguments(node), field(node, "object"));
  }

  @Override
  boolean hasCaller(TSNode node) {
    TSNode p = node.getParent();
    return p != null
        && !p.isNull()
        && p.getType().equals("method_invocation")
        && same(field(p, "object"), node);
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
    TSNode args =
        t.equals("method_invocation") || t.equals("object_creation_expression")
            ? field(node, "arguments")
            : null;
    return args == null ? List.of() : named(args);
  }

  @Override
  public NodeTypes types() {
    return TYPES;
  }
}
