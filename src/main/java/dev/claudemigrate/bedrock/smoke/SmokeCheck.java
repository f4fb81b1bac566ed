package dev.claudemigrate.bedrock.smoke;

import java.util.Locale;

/** The checks {@code migrate smoke} can run, in the order it runs them. */
public enum SmokeCheck {
  /** A plain turn returns non-empty text with {@code end_turn}. */
  BASIC,
  /**
   * The text-editor tool is called by its name with {@code command: view}, then a final answer
   * follows the result.
   */
  TOOLS,
  /** Extended thinking with the budget returns a {@code reasoningContent} block. */
  THINKING,
  /** The basic turn with the guardrail passes without {@code guardrail_intervened}. */
  GUARDRAIL;

  /** The name used with {@code --checks} and in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses one {@code --checks} value. */
  public static SmokeCheck parse(String id) {
    try {
      return valueOf(id.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown check '" + id.trim() + "' (use basic, tools, thinking, guardrail)");
    }
  }
}
