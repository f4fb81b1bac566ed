package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.treesitter.TSNode;

/**
 * Stop values named by a constant whose value is not in the file: {@code response.StopReason ==
 * ContentTypeToolUse}, {@code case StopEndTurn:}, where the constant is declared in another file of
 * the package. Asked only where the other side of the comparison, or the switch's subject, names
 * the stop reason. A constant declared in the file with a string value is read by that value (so
 * {@code StopToolUse = "tool_calls"} names no stop value); otherwise by its name, which must end in
 * a stop value's words ({@code ContentTypeToolUse}, {@code STOP_REASON_END_TURN}, {@code
 * kMaxTokens}); the longest such value wins ({@code malformed_tool_use} over {@code tool_use}).
 */
final class NamedStopValues {
  /**
   * A constant, qualified or not ({@code anthropic.ContentTypeToolUse}): its own name is group 1.
   */
  private static final Pattern CONSTANT = Pattern.compile("(?:[A-Za-z_]\\w*\\.)*([A-Za-z_]\\w*)");

  private NamedStopValues() {}

  /**
   * The stop values of a two-sided comparison whose one side names the stop reason and whose other
   * side is a constant, or none.
   */
  static Set<String> inComparison(SyntaxTree tree, TSNode comparison, String fileText) {
    if (comparison.getNamedChildCount() != 2) {
      return Set.of();
    }
    String a = StopReasonRule.code(tree, comparison.getNamedChild(0));
    String b = StopReasonRule.code(tree, comparison.getNamedChild(1));
    boolean keyA = StopReasonCheck.STOP_KEY.matcher(a).find();
    boolean keyB = StopReasonCheck.STOP_KEY.matcher(b).find();
    if (keyA == keyB) {
      return Set.of();
    }
    return of(keyA ? b : a, fileText);
  }

  /**
   * The stop values of case labels ({@code A, B}) that are constants, for a stop-reason subject.
   */
  static Set<String> inLabel(String label, String fileText) {
    Set<String> out = new LinkedHashSet<>();
    for (String part :
        label.replaceFirst("^\\s*case\\b", "").replaceFirst(":\\s*$", "").split(",")) {
      out.addAll(of(part, fileText));
    }
    return out;
  }

  /** The stop value {@code operand} names when it is a constant, or none. */
  static Set<String> of(String operand, String fileText) {
    Matcher m = CONSTANT.matcher(operand.strip());
    if (!m.matches()) {
      return Set.of();
    }
    String name = m.group(1);
    Matcher declared =
        Pattern.compile(
                "(?<![\\w.])"
                    + Pattern.quote(name)
                    + "(?:[ \\t]+[\\w.]+)?[ \\t]*:?=(?!=)[ \\t]*([\"'`])([^\"'`\\n]*)\\1")
            .matcher(fileText);
    if (declared.find()) {
      return StopReasonCheck.values(declared.group(2));
    }
    String words = StopReasonCheck.normalize(name);
    return Stream.concat(StopReasonCheck.MESSAGES.stream(), StopReasonCheck.CONVERSE.stream())
        .filter(v -> words.endsWith("_" + v))
        .max((x, y) -> Integer.compare(x.length(), y.length()))
        .map(Set::of)
        .orElse(Set.of());
  }
}
