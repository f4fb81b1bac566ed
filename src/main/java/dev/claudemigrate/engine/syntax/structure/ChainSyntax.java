package dev.claudemigrate.engine.syntax.structure;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Objects written as call chains (Java and Kotlin): builder setters ({@code
 * InferenceConfiguration.builder().temperature(0.5f).topP(0.9f)}, or a chain on a lambda's
 * parameter), {@code put*("key", value)} chains (Jackson, JSONObject, {@code
 * Document.mapBuilder()}), and {@code Map.of("key", value, ...)}.
 */
abstract class ChainSyntax implements MappingSyntax {
  private static final Set<String> BUILDERS =
      Set.of("builder", "mapBuilder", "toBuilder", "newBuilder");
  private static final Set<String> MAP_OWNERS = Set.of("Map", "ImmutableMap");

  /**
   * One call of a chain: its method name, arguments, and the expression it is called on (or null).
   */
  record Link(String name, TSNode nameNode, List<TSNode> args, TSNode receiver) {}

  /** The link when {@code node} is a method call, else null. */
  abstract Link link(TSNode node, SyntaxTree tree);

  /** Whether {@code node} is the receiver of a further call (so not the end of its chain). */
  abstract boolean hasCaller(TSNode node);

  /**
   * Whether {@code root}, the start of a chain, is the parameter of a lambda that holds the chain.
   */
  abstract boolean isLambdaParameter(TSNode root, SyntaxTree tree);

  /** The members of the chain ending at {@code node}; empty unless it is the end of a chain. */
  final List<RawMember> chain(TSNode node, SyntaxTree tree) {
    if (link(node, tree) == null || hasCaller(node)) {
      return List.of();
    }
    List<Link> links = new ArrayList<>();
    TSNode cur = node;
    for (Link l = link(cur, tree); l != null; l = cur == null ? null : link(cur, tree)) {
      links.add(l);
      cur = l.receiver();
    }
    if (cur == null && links.size() == 1) {
      return List.of();
    }
    Collections.reverse(links);
    boolean builder =
        links.stream().anyMatch(l -> BUILDERS.contains(l.name()) && l.args().isEmpty())
            || (cur != null && isLambdaParameter(cur, tree));
    List<RawMember> out = new ArrayList<>();
    for (Link l : links) {
      addMembers(l, builder, tree, out);
    }
    return out;
  }

  private void addMembers(Link l, boolean builder, SyntaxTree tree, List<RawMember> out) {
    List<TSNode> a = l.args();
    boolean mapOf = isMapOwner(l, tree, "of");
    if (mapOf) {
      pairs(a, tree, out);
    } else if (isMapOwner(l, tree, "ofEntries")) {
      entries(a, tree, out);
    } else if (l.name().startsWith("put") && a.size() == 2 && isString(strip(a.get(0)))) {
      out.add(keyed(strip(a.get(0)), a.get(1), tree));
    } else if (builder && a.size() == 1 && !BUILDERS.contains(l.name())) {
      out.add(new RawMember(l.name(), tree.start(l.nameNode()), tree.end(l.nameNode()), a.get(0)));
    }
  }

  /** Whether {@code l} is {@code Map.<method>(...)} (or Guava's {@code ImmutableMap}). */
  private static boolean isMapOwner(Link l, SyntaxTree tree, String method) {
    return l.name().equals(method)
        && l.receiver() != null
        && MAP_OWNERS.contains(tree.text(l.receiver()).replaceAll(".*\\.", ""));
  }

  /** {@code Map.ofEntries(Map.entry("k1", v1), entry("k2", v2))}: each entry a key and a value. */
  private void entries(List<TSNode> a, SyntaxTree tree, List<RawMember> out) {
    for (TSNode arg : a) {
      Link e = link(strip(arg), tree);
      if (e != null && e.name().equals("entry") && e.args().size() == 2) {
        pairs(e.args(), tree, out);
      }
    }
  }

  /** Alternating string keys and values, as in {@code Map.of("k1", v1, "k2", v2)}. */
  final void pairs(List<TSNode> a, SyntaxTree tree, List<RawMember> out) {
    for (int i = 0; i + 1 < a.size(); i += 2) {
      if (isString(strip(a.get(i)))) {
        out.add(keyed(strip(a.get(i)), a.get(i + 1), tree));
      }
    }
  }

  final RawMember keyed(TSNode key, TSNode value, SyntaxTree tree) {
    String k = tree.text(key).replaceAll("^\"+|\"+$", "");
    return new RawMember(k, tree.start(key), tree.end(key), value);
  }

  static boolean same(TSNode a, TSNode b) {
    return a != null
        && b != null
        && a.getStartByte() == b.getStartByte()
        && a.getEndByte() == b.getEndByte();
  }
}
