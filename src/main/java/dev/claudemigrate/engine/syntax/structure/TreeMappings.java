package dev.claudemigrate.engine.syntax.structure;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Finds the objects of a parsed code file with one language's {@link MappingSyntax}, resolves
 * member values (literals, nested objects, wrappers such as {@code aws.Float32(0.5)} or {@code
 * json.dumps({...})}), and parses JSON written inside string literals.
 */
final class TreeMappings {
  private static final Pattern NUMBER =
      Pattern.compile("-?\\s*(\\d[\\d_]*(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?[fFdDlL]?");
  private static final Pattern QUOTED =
      Pattern.compile("(?s)^[A-Za-z]*(\"\"\"|'''|\"|'|`)(.*)\\1$");
  private static final int MAX_DEPTH = 6;

  private final SyntaxTree tree;
  private final MappingSyntax syntax;
  private final Map<Long, Mapping> byRange = new HashMap<>();

  /**
   * Initialisations ({@code x = ...}) per scope-qualified variable name, to follow a variable to
   * its object.
   */
  private final Map<String, List<TSNode>> inits = new HashMap<>();

  private final List<Mapping> all = new ArrayList<>();

  /** The file's functions, added as the walk meets them (the scopes of variables). */
  private final FunctionScopes scopes;

  private TreeMappings(SyntaxTree tree, MappingSyntax syntax) {
    this.tree = tree;
    this.syntax = syntax;
    this.scopes = new FunctionScopes(tree);
  }

  /** Every object of the file, outer ones before the ones they contain. */
  static List<Mapping> of(SyntaxTree tree, MappingSyntax syntax) {
    TreeMappings t = new TreeMappings(tree, syntax);
    List<Map.Entry<Mapping, List<MappingSyntax.RawMember>>> pending = new ArrayList<>();
    List<MappingSyntax.Assign> assigns = new ArrayList<>();
    TreeWalk.named(
        tree,
        (node, type) -> {
          if (syntax.types().functions().contains(type)) {
            t.scopes.add(node); // before what it holds: the walk is in document order
          }
          t.collect(node, type, pending);
          if (syntax.types().assigns().contains(type)) {
            MappingSyntax.Assign a = syntax.assign(node, tree);
            if (a != null) {
              assigns.add(a);
              if (a.key() == null && a.value() != null) {
                t.inits
                    .computeIfAbsent(
                        t.scopes.prefix(a.statement()) + a.receiver(), k -> new ArrayList<>())
                    .add(a.value());
              }
            }
          }
        });
    for (Map.Entry<Mapping, List<MappingSyntax.RawMember>> e : pending) {
      for (MappingSyntax.RawMember raw : e.getValue()) {
        int end = raw.value() == null ? raw.keyEnd() : tree.end(raw.value());
        Value v =
            raw.value() != null
                ? t.resolve(raw.value(), 0)
                : t.variable(raw.key(), tree.nodeAt(raw.keyStart(), raw.keyEnd()), 0);
        e.getKey().add(new Member(raw.key(), raw.keyStart(), raw.keyEnd(), end, v));
      }
    }
    t.all.addAll(StatementMappings.of(tree, t.scopes, assigns, v -> t.resolve(v, 0)));
    return t.all;
  }

  private void collect(
      TSNode node, String type, List<Map.Entry<Mapping, List<MappingSyntax.RawMember>>> pending) {
    if (syntax.types().strings().contains(type)) {
      embeddedJson(node);
      return;
    }
    if (!syntax.types().objects().contains(type)) {
      return;
    }
    List<MappingSyntax.RawMember> members = syntax.members(node, tree);
    if (!members.isEmpty()) {
      Mapping m = new Mapping(tree.start(node), tree.end(node));
      byRange.put(key(node), m);
      all.add(m);
      pending.add(Map.entry(m, members));
    }
  }

  /** JSON inside a string literal (Java text blocks, Python triple quotes, Go raw strings). */
  private void embeddedJson(TSNode node) {
    String text = tree.text(node);
    int open = text.indexOf('{');
    int close = text.lastIndexOf('}');
    if (open < 0 || close < open || !text.contains(":")) {
      return;
    }
    String json = text.substring(open, close + 1);
    // With escapes the literal's characters no longer line up with the JSON's, so offsets would
    // lie.
    if (json.indexOf('\\') >= 0) {
      return;
    }
    List<Mapping> found = ConfigMappings.parse(json, tree.start(node) + open, false);
    if (!found.isEmpty()) {
      byRange.put(key(node), found.get(0));
      all.addAll(found);
    }
  }

  private Value resolve(TSNode raw, int depth) {
    if (raw == null) {
      return Value.of(Value.Kind.OTHER, "");
    }
    TSNode node = syntax.strip(raw);
    Mapping m = byRange.get(key(node));
    if (m != null) {
      return Value.object(m);
    }
    String text = tree.text(node).strip();
    if (syntax.isString(node)) {
      Matcher q = QUOTED.matcher(text);
      return Value.of(Value.Kind.STRING, q.matches() ? q.group(2) : text);
    }
    Value literal = literal(text);
    if (literal != null) {
      return literal;
    }
    if (depth < MAX_DEPTH
        && (node.getType().equals("identifier") || node.getType().equals("simple_identifier"))) {
      return variable(text, node, depth);
    }
    return depth < MAX_DEPTH ? throughCall(node, text, depth) : Value.of(Value.Kind.OTHER, text);
  }

  /**
   * A variable stands for the object it is initialised with, when it is initialised exactly once in
   * the nearest enclosing function that initialises it (or at the top level of the file); anything
   * else stays unknown.
   */
  private Value variable(String name, TSNode at, int depth) {
    List<TSNode> found = null;
    for (int f = scopes.innermost(at); found == null && f >= 0; f = scopes.outer(f)) {
      found = inits.get(scopes.prefix(f) + name);
    }
    if (found == null) {
      found = inits.get(scopes.prefix(-1) + name);
    }
    if (found != null && found.size() == 1 && !found.get(0).equals(at)) {
      Value v = resolve(found.get(0), depth + 1);
      if (v.kind() == Value.Kind.OBJECT) {
        return v;
      }
    }
    return Value.of(Value.Kind.OTHER, name);
  }

  /**
   * A wrapper call stands for its argument: {@code aws.Int32(1024)}, {@code JSON.stringify(body,
   * null, 2)}.
   */
  private Value throughCall(TSNode node, String text, int depth) {
    List<TSNode> args = syntax.arguments(node);
    if (!args.isEmpty()) {
      Value inner = resolve(args.get(0), depth + 1);
      boolean sole = args.size() == 1;
      if (inner.kind() == Value.Kind.OBJECT || (sole && inner.kind() != Value.Kind.OTHER)) {
        return inner;
      }
    }
    return Value.of(Value.Kind.OTHER, text);
  }

  private static Value literal(String text) {
    if (NUMBER.matcher(text).matches()) {
      return Value.of(Value.Kind.NUMBER, text.replaceAll("\\s", ""));
    }
    return switch (text) {
      case "true", "false", "True", "False" ->
          Value.of(Value.Kind.BOOLEAN, text.toLowerCase(Locale.ROOT));
      case "null", "None", "nil" -> Value.of(Value.Kind.NULL, text);
      default -> null;
    };
  }

  private long key(TSNode node) {
    return ((long) tree.start(node) << 32) | tree.end(node);
  }
}
