package dev.claudemigrate.engine.rule;

/**
 * Where the documentation of a built-in rule lives: {@code docs/rules/<id>.md} in the project
 * repository, whose URL is the pom's {@code repository.url} property (filtered into {@code
 * version.properties} at build time), the one place to change it.
 */
public final class RuleDocs {
  /** Used only when the build did not filter the properties (a bare IDE compile, say). */
  static final String FALLBACK_REPOSITORY = "https://github.com/claude-migrate/claude-migrate";

  private static final String REPOSITORY = repository();

  private RuleDocs() {}

  /** The project repository's URL, without a trailing slash. */
  public static String repository() {
    String url = BuildProperties.get(BuildProperties.load(), "repository");
    if (url.isEmpty()) {
      url = FALLBACK_REPOSITORY;
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The URL of a page under the repository's {@code docs/} folder, e.g. {@code output.md}. */
  public static String page(String relative) {
    return REPOSITORY + "/blob/main/docs/" + relative;
  }

  /** The URL of {@code docs/rules/<id>.md} in the project repository. */
  public static String url(String ruleId) {
    return page("rules/" + ruleId + ".md");
  }
}
