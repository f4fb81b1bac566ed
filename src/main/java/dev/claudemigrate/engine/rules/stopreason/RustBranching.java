package dev.claudemigrate.engine.rules.stopreason;

import static dev.claudemigrate.engine.rules.stopreason.BranchingSyntax.children;
import static dev.claudemigrate.engine.rules.stopreason.BranchingSyntax.field;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Rust {@code match} expressions as {@link Branching}s (if/else-if chains, {@code if let} too, are
 * read by {@link BranchingSyntax}). An arm whose pattern matches every value is the default: {@code
 * _}, a binding ({@code other}), or {@code Some(_)}/{@code Some(other)} on an optional stop reason,
 * each without an {@code if} guard.
 */
final class RustBranching {
  /** A pattern that every value matches: a wildcard or a lower-case binding, maybe in Some(..). */
  private static final Pattern CATCH_ALL =
      Pattern.compile("_|[a-z_][a-z0-9_]*|Some\\s*\\(\\s*(_|[a-z_][a-z0-9_]*)\\s*\\)");

  private RustBranching() {}

  /** The {@code match} expression {@code node} as a branching, or null without a subject. */
  static Branching match(TSNode node, SyntaxTree tree) {
    TSNode subject = field(node, "value");
    if (subject == null) {
      return null;
    }
    List<TSNode> tests = new ArrayList<>();
    TSNode fallback = null;
    for (TSNode arm : children(field(node, "body"), "match_arm")) {
      TSNode pattern = field(arm, "pattern");
      if (pattern == null) {
        continue;
      }
      boolean guarded = field(pattern, "condition") != null;
      if (!guarded && CATCH_ALL.matcher(tree.text(pattern).strip()).matches()) {
        fallback = arm;
      } else {
        tests.add(pattern);
      }
    }
    return new Branching(node, tree.end(subject), "match", subject, tests, fallback);
  }
}
