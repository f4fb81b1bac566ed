package dev.claudemigrate.engine.syntax.structure;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.treesitter.TSNode;

/**
 * Objects assembled statement by statement on a variable ({@code body["k"] = v}, {@code
 * body.put("k", v)}, {@code t = body.putObject("k")}). For every block that sets a key of a
 * variable there is one object holding the keys set in that block and in the blocks around it
 * (within one function), so keys set in mutually exclusive branches never meet.
 */
final class StatementMappings {
  private final SyntaxTree tree;
  private final Function<TSNode, Value> resolve;

  /** Assignments per function and variable, in document order. */
  private final Map<String, List<MappingSyntax.Assign>> byVariable = new LinkedHashMap<>();

  private final Map<String, Mapping> boundObjects = new LinkedHashMap<>();

  /**
   * Function-scoped names of variables that hold a child object ({@code t = body.putObject("k")}).
   */
  private final Set<String> bound = new HashSet<>();

  private StatementMappings(SyntaxTree tree, Function<TSNode, Value> resolve) {
    this.tree = tree;
    this.resolve = resolve;
  }

  /** The statement-built objects of a file, shallow blocks first. */
  static List<Mapping> of(
      SyntaxTree tree,
      FunctionScopes scopes,
      List<MappingSyntax.Assign> assigns,
      Function<TSNode, Value> resolve) {
    StatementMappings s = new StatementMappings(tree, resolve);
    for (MappingSyntax.Assign a : assigns) {
      {
        String scope = scopes.prefix(a.statement());
        s.byVariable.computeIfAbsent(scope + a.receiver(), k -> new ArrayList<>()).add(a);
        if (a.bound() != null) {
          s.bound.add(scope + a.bound());
        }
      }
    }
    return s.build();
  }

  private List<Mapping> build() {
    List<Mapping> out = new ArrayList<>();
    // Objects bound to variables (t = body.putObject("k")) are built first so parents can point at
    // them.
    // A variable only ever initialised (x = {...}) is an ordinary object, already found.
    List<String> keys = new ArrayList<>(byVariable.keySet());
    keys.removeIf(k -> byVariable.get(k).stream().allMatch(a -> a.key() == null));
    keys.sort(Comparator.comparing(k -> !bound.contains(k)));
    for (String key : keys) {
      List<MappingSyntax.Assign> assigns = byVariable.get(key);
      List<TSNode> blocks = distinctBlocks(assigns);
      for (TSNode block : blocks) {
        Mapping m = new Mapping(tree.start(block), tree.end(block));
        for (MappingSyntax.Assign a : assigns) {
          if (contains(block(a), block)) {
            addMember(m, a, key);
          }
        }
        if (!m.members().isEmpty()) {
          out.add(m);
          boundObjects.putIfAbsent(key, m);
        }
      }
    }
    return out;
  }

  private void addMember(Mapping m, MappingSyntax.Assign a, String variableKey) {
    if (a.key() == null) {
      Value init = resolve.apply(a.value());
      if (init.mapping() != null) {
        init.mapping().members().forEach(m::add);
      }
      return;
    }
    Value v;
    if (a.bound() != null) {
      String scope = variableKey.substring(0, variableKey.indexOf(':') + 1);
      Mapping child = boundObjects.get(scope + a.bound());
      v = child == null ? Value.of(Value.Kind.OTHER, a.bound()) : Value.object(child);
    } else {
      v = resolve.apply(a.value());
    }
    int end = a.value() == null ? a.keyEnd() : tree.end(a.value());
    m.add(new Member(a.key(), a.keyStart(), a.keyEnd(), end, v));
  }

  private List<TSNode> distinctBlocks(List<MappingSyntax.Assign> assigns) {
    List<TSNode> blocks = new ArrayList<>();
    for (MappingSyntax.Assign a : assigns) {
      TSNode b = block(a);
      if (blocks.stream()
          .noneMatch(
              x -> x.getStartByte() == b.getStartByte() && x.getEndByte() == b.getEndByte())) {
        blocks.add(b);
      }
    }
    blocks.sort(Comparator.comparingInt(b -> depth(b)));
    return blocks;
  }

  private static TSNode block(MappingSyntax.Assign a) {
    TSNode p = a.statement().getParent();
    return p == null || p.isNull() ? a.statement() : p;
  }

  /** Whether {@code outer} holds {@code inner} (or is it). */
  private static boolean contains(TSNode outer, TSNode inner) {
    return outer.getStartByte() <= inner.getStartByte() && inner.getEndByte() <= outer.getEndByte();
  }

  private static int depth(TSNode n) {
    int d = 0;
    for (TSNode p = n.getParent(); p != null && !p.isNull(); p = p.getParent()) {
      d++;
    }
    return d;
  }
}
