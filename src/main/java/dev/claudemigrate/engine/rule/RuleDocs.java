package dev.claudemigrate.engine.rule;

/** Where the documentation page of a built-in rule lives. */
public final class RuleDocs {
  private static final String BASE =
      "https://github.com/claude-migrate/claude-migrate/blob/main/docs/rules/";

  private RuleDocs() {}

  /** The URL of {@code docs/rules/<id>.md} in the project repository. */
  public static String url(String ruleId) {
    return BASE + ruleId + ".md";
  }
}
