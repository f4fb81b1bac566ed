package dev.claudemigrate.engine.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Self-locating expectations in our own fixtures: a line comment {@code # expect: RULE [FRAGMENT]}
 * or {@code // expect: RULE [FRAGMENT]} at the end of the line the finding must be on, so editing a
 * fixture never leaves a line number behind. FRAGMENT, when given, is text the finding's message
 * must contain.
 */
public final class ExpectMarkers {
  private static final Pattern MARKER =
      Pattern.compile("(?:#|//)\\s*expect:\\s*([a-z][a-z0-9-]*)(?:\\s+(.*\\S))?\\s*$");

  private ExpectMarkers() {}

  /**
   * One expectation.
   *
   * @param line 1-based line of the marker
   * @param ruleId the rule that must report on that line
   * @param fragment text its message must contain ("" for any)
   */
  public record Expect(int line, String ruleId, String fragment) {}

  /** The markers of {@code text}, in line order. */
  public static List<Expect> of(String text) {
    List<Expect> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.find()) {
        out.add(new Expect(i + 1, m.group(1), m.group(2) == null ? "" : m.group(2)));
      }
    }
    return out;
  }
}
