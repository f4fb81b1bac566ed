package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SyntaxTree;
import dev.claudemigrate.engine.syntax.structure.TreeWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.treesitter.TSNode;

/**
 * Reads switch/match/when statements and if/else-if chains of each language into {@link
 * Branching}s. Only the head of an else-if chain is returned, with the whole chain in it.
 */
final class BranchingSyntax {
  private final SyntaxTree tree;

  private static final Set<String> TYPES =
      Set.of(
          "match_statement",
          "if_statement",
          "switch_expression",
          "switch_statement",
          "expression_switch_statement",
          "when_expression",
          "if_expression",
          "match_expression");

  private BranchingSyntax(SyntaxTree tree) {
    this.tree = tree;
  }

  /** Every branching construct of a parsed file in {@code language}, in document order. */
  static List<Branching> find(SyntaxTree tree, Language language) {
    BranchingSyntax s = new BranchingSyntax(tree);
    List<Branching> out = new ArrayList<>();
    TreeWalk.named(
        tree,
        (node, type) -> {
          if (type.equals("if_statement") && language != Language.KOTLIN) {
            if (GuardRuns.continuesRun(node, tree)) {
              return;
            }
            Branching run = GuardRuns.run(node, tree);
            if (run != null) {
              out.add(run);
              return;
            }
          }
          Branching b =
              !TYPES.contains(type)
                  ? null
                  : switch (language) {
                    case PYTHON -> s.python(node);
                    case JAVA -> s.java(node);
                    case JAVASCRIPT, TYPESCRIPT -> s.js(node);
                    case GO -> s.go(node);
                    case KOTLIN -> KotlinBranching.of(node, tree);
                    case RUST -> s.rust(node);
                    case CSHARP ->
                        type.equals("if_statement") ? s.java(node) : CSharpBranching.of(node, tree);
                    default -> null;
                  };
          if (b != null) {
            out.add(b);
          }
        });
    return out;
  }

  private Branching python(TSNode node) {
    switch (node.getType()) {
      case "match_statement":
        {
          TSNode subject = field(node, "subject");
          List<TSNode> tests = new ArrayList<>();
          TSNode fallback = null;
          for (TSNode c : children(field(node, "body"), "case_clause")) {
            TSNode pattern = firstChild(c, "case_pattern");
            boolean irrefutable =
                pattern != null
                    && field(c, "guard") == null
                    && tree.text(pattern).matches("_|[A-Za-z_]\\w*");
            if (irrefutable) {
              fallback = field(c, "consequence");
            } else if (pattern != null) {
              tests.add(pattern);
            }
          }
          return new Branching(node, tree.end(subject), "match", subject, tests, fallback);
        }
      case "if_statement":
        {
          List<TSNode> tests = new ArrayList<>(List.of(field(node, "condition")));
          TSNode fallback = null;
          for (TSNode alt : children(node, "elif_clause", "else_clause")) {
            if (alt.getType().equals("elif_clause")) {
              tests.add(field(alt, "condition"));
            } else {
              fallback = field(alt, "body");
            }
          }
          return new Branching(node, tree.end(tests.get(0)), "if", null, tests, fallback);
        }
      default:
        return null;
    }
  }

  private Branching java(TSNode node) {
    if (node.getType().equals("switch_expression") || node.getType().equals("switch_statement")) {
      TSNode subject = field(node, "condition");
      List<TSNode> tests = new ArrayList<>();
      TSNode fallback = null;
      for (TSNode group :
          children(field(node, "body"), "switch_block_statement_group", "switch_rule")) {
        for (TSNode label : children(group, "switch_label")) {
          if (tree.text(label).matches("default|case\\s+null\\s*,\\s*default")) {
            fallback = group;
          } else {
            tests.add(label);
          }
        }
      }
      return new Branching(node, tree.end(subject), "switch", subject, tests, fallback);
    }
    if (node.getType().equals("if_statement") && !isAlternative(node, "if_statement")) {
      return ifChain(node, "if_statement", n -> field(n, "alternative"));
    }
    return null;
  }

  private Branching js(TSNode node) {
    if (node.getType().equals("switch_statement")) {
      TSNode subject = field(node, "value");
      List<TSNode> tests = new ArrayList<>();
      TSNode fallback = null;
      for (TSNode c : children(field(node, "body"), "switch_case", "switch_default")) {
        if (c.getType().equals("switch_default")) {
          fallback = c;
        } else {
          tests.add(field(c, "value"));
        }
      }
      return new Branching(node, tree.end(subject), "switch", subject, tests, fallback);
    }
    TSNode parent = node.getParent();
    boolean inner = parent != null && !parent.isNull() && parent.getType().equals("else_clause");
    if (node.getType().equals("if_statement") && !inner) {
      return ifChain(node, "if_statement", BranchingSyntax::elseBody);
    }
    return null;
  }

  private Branching go(TSNode node) {
    if (node.getType().equals("expression_switch_statement")) {
      TSNode subject = field(node, "value");
      List<TSNode> tests = new ArrayList<>();
      TSNode fallback = null;
      for (TSNode c : children(node, "expression_case", "default_case")) {
        if (c.getType().equals("default_case")) {
          fallback = c;
        } else {
          tests.add(field(c, "value"));
        }
      }
      int headerEnd = subject == null ? tree.start(node) + "switch".length() : tree.end(subject);
      return new Branching(node, headerEnd, "switch", subject, tests, fallback);
    }
    if (node.getType().equals("if_statement") && !isAlternative(node, "if_statement")) {
      return ifChain(node, "if_statement", n -> field(n, "alternative"));
    }
    return null;
  }

  private Branching rust(TSNode node) {
    if (node.getType().equals("match_expression")) {
      return RustBranching.match(node, tree);
    }
    TSNode parent = node.getParent();
    boolean inner = parent != null && !parent.isNull() && parent.getType().equals("else_clause");
    if (node.getType().equals("if_expression") && !inner) {
      return ifChain(node, "if_expression", BranchingSyntax::elseBody);
    }
    return null;
  }

  /** What an {@code else_clause} (JavaScript, Rust) holds: the next if, or the else block. */
  private static TSNode elseBody(TSNode n) {
    TSNode alt = field(n, "alternative");
    return alt == null || alt.getNamedChildCount() == 0 ? null : alt.getNamedChild(0);
  }

  /** An if/else-if chain where {@code next} gives the else part of one link. */
  private Branching ifChain(TSNode head, String ifType, UnaryOperator<TSNode> next) {
    List<TSNode> tests = new ArrayList<>();
    TSNode fallback = null;
    for (TSNode n = head; n != null; ) {
      tests.add(field(n, "condition"));
      TSNode alt = next.apply(n);
      if (alt != null && alt.getType().equals(ifType)) {
        n = alt;
      } else {
        fallback = alt;
        n = null;
      }
    }
    return new Branching(head, tree.end(tests.get(0)), "if", null, tests, fallback);
  }

  private boolean isAlternative(TSNode node, String parentType) {
    TSNode p = node.getParent();
    return p != null
        && !p.isNull()
        && p.getType().equals(parentType)
        && same(field(p, "alternative"), node);
  }

  static boolean same(TSNode a, TSNode b) {
    return a != null
        && b != null
        && a.getStartByte() == b.getStartByte()
        && a.getEndByte() == b.getEndByte();
  }

  static TSNode field(TSNode node, String name) {
    if (node == null) {
      return null;
    }
    TSNode c = node.getChildByFieldName(name);
    return c == null || c.isNull() ? null : c;
  }

  static TSNode firstChild(TSNode node, String type) {
    List<TSNode> c = children(node, type);
    return c.isEmpty() ? null : c.get(0);
  }

  static List<TSNode> children(TSNode node, String... types) {
    List<TSNode> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    List<String> wanted = List.of(types);
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      if (wanted.contains(node.getNamedChild(i).getType())) {
        out.add(node.getNamedChild(i));
      }
    }
    return out;
  }
}
