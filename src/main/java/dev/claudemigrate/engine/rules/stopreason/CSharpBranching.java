package dev.claudemigrate.engine.rules.stopreason;

import static dev.claudemigrate.engine.rules.stopreason.BranchingSyntax.children;
import static dev.claudemigrate.engine.rules.stopreason.BranchingSyntax.field;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * C# {@code switch} statements, switch expressions ({@code x switch { "end_turn" => ..., _ => ...
 * }}) as {@link Branching}s. {@code default:}, {@code case var x:}, {@code _ =>} and {@code var x
 * =>} without a {@code when} clause are the default.
 */
final class CSharpBranching {
  /** A pattern that every value matches: the discard, or a {@code var} declaration. */
  private static final Pattern CATCH_ALL = Pattern.compile("_|var\\s+\\w+");

  private CSharpBranching() {}

  /** The switch {@code node} is, or null for another node (if chains: {@link BranchingSyntax}). */
  static Branching of(TSNode node, SyntaxTree tree) {
    return switch (node.getType()) {
      case "switch_statement" -> statement(node, tree);
      case "switch_expression" -> expression(node, tree);
      default -> null;
    };
  }

  /**
   * {@code switch (x) { case A: case B: ...; default: ... }}: a section's patterns are its cases.
   */
  private static Branching statement(TSNode node, SyntaxTree tree) {
    TSNode subject = field(node, "value");
    if (subject == null) {
      return null;
    }
    List<TSNode> tests = new ArrayList<>();
    TSNode fallback = null;
    for (TSNode section : children(field(node, "body"), "switch_section")) {
      List<TSNode> labels = labels(section);
      if (tree.text(section).startsWith("default")
          || labels.stream().anyMatch(l -> catchAll(l, section, tree))) {
        fallback = section;
      }
      labels.stream().filter(l -> !catchAll(l, section, tree)).forEach(tests::add);
      tests.addAll(children(section, "when_clause"));
    }
    return new Branching(node, tree.end(subject), "switch", subject, tests, fallback);
  }

  /** {@code x switch { A => ..., _ => ... }}: the first named child is the subject. */
  private static Branching expression(TSNode node, SyntaxTree tree) {
    if (node.getNamedChildCount() == 0) {
      return null;
    }
    TSNode subject = node.getNamedChild(0);
    List<TSNode> tests = new ArrayList<>();
    TSNode fallback = null;
    for (TSNode arm : children(node, "switch_expression_arm")) {
      TSNode pattern = arm.getNamedChildCount() == 0 ? null : arm.getNamedChild(0);
      if (pattern == null) {
        continue;
      }
      if (catchAll(pattern, arm, tree)) {
        fallback = arm;
      } else {
        tests.add(pattern);
        tests.addAll(children(arm, "when_clause"));
      }
    }
    int keyword = tree.text(node).indexOf("switch", tree.end(subject) - tree.start(node));
    int headerEnd =
        keyword < 0 ? tree.end(subject) : tree.start(node) + keyword + "switch".length();
    return new Branching(node, headerEnd, "switch", subject, tests, fallback);
  }

  /** The patterns of a switch section (its case labels), before its statements. */
  private static List<TSNode> labels(TSNode section) {
    List<TSNode> out = new ArrayList<>();
    for (int i = 0; i < section.getNamedChildCount(); i++) {
      TSNode c = section.getNamedChild(i);
      String t = c.getType();
      if (t.endsWith("pattern") || t.equals("discard")) {
        out.add(c);
      } else if (!t.equals("when_clause") && !t.contains("comment")) {
        break;
      }
    }
    return out;
  }

  /** Whether a pattern matches every value: no {@code when} clause and a discard or var. */
  private static boolean catchAll(TSNode pattern, TSNode owner, SyntaxTree tree) {
    return children(owner, "when_clause").isEmpty()
        && CATCH_ALL.matcher(tree.text(pattern).strip()).matches();
  }
}
