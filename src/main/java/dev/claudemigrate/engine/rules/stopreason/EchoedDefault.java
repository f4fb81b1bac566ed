package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * A default/else arm that does exactly what the arm handling {@code end_turn} does ({@code else if
 * reason == EndTurn { done = true } else { done = true }}): a refusal or an unknown stop reason
 * lands there and passes as a normal answer, so it handles nothing the end_turn arm does not.
 * Comments, whitespace and a closing {@code break;} aside, the two bodies are compared as text.
 */
final class EchoedDefault {
  /** What is left out of a body before comparing: whitespace and a switch arm's final break. */
  private static final Pattern NOISE = Pattern.compile("\\s+");

  private static final Pattern HEAD = Pattern.compile("^(default|else|case_|_)?(:|->|=>)?");
  private static final Pattern TRAILING_BREAK = Pattern.compile("break;?$");

  private EchoedDefault() {}

  /**
   * The test of the arm that handles {@code end_turn} when {@code b}'s default does the same as
   * that arm; empty when there is no default, no such arm, or the two differ.
   */
  static Optional<TSNode> of(SyntaxTree tree, Branching b) {
    if (!b.hasFallback()) {
      return Optional.empty();
    }
    String fallback = normalized(tree, b.fallback(), null);
    if (fallback.isEmpty()) {
      return Optional.empty();
    }
    for (TSNode test : b.tests()) {
      if (test == null
          || !StopReasonCheck.values(StopReasonRule.code(tree, test)).contains("end_turn")) {
        continue;
      }
      TSNode arm = test.getParent();
      if (arm != null && !arm.isNull() && fallback.equals(normalized(tree, arm, test))) {
        return Optional.of(test);
      }
    }
    return Optional.empty();
  }

  /**
   * The body of an arm, normalized: an if's consequence; otherwise what follows the arm's last
   * label (a switch case's statements after {@code case X:}, a default's after {@code default:}).
   *
   * @param test the arm's test, or null for a default arm
   */
  private static String normalized(SyntaxTree tree, TSNode arm, TSNode test) {
    TSNode consequence = BranchingSyntax.field(arm, "consequence");
    TSNode body = test != null && consequence != null ? consequence : arm;
    String code = StopReasonRule.code(tree, body);
    int from = 0;
    if (body == arm) {
      for (int i = 0; i < arm.getNamedChildCount(); i++) {
        TSNode c = arm.getNamedChild(i);
        boolean label =
            c.getType().equals("switch_label")
                || (test != null && BranchingSyntax.same(c, test))
                || (test != null && c.getType().equals(test.getType()));
        if (label) {
          from = Math.max(from, tree.end(c) - tree.start(arm));
        }
      }
    }
    String s = NOISE.matcher(code.substring(Math.min(from, code.length()))).replaceAll("");
    s = HEAD.matcher(s).replaceFirst("");
    if (s.startsWith("{") && s.endsWith("}")) {
      s = s.substring(1, s.length() - 1);
    }
    return TRAILING_BREAK.matcher(s).replaceFirst("");
  }
}
