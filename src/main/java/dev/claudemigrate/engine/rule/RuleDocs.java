package dev.claudemigrate.engine.rule;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A built-in rule's words live once, in its page {@code docs/rules/<id>.md} (packaged on the class
 * path): the one-line summary in the page's front matter ({@code summary: ...}) and the paragraph
 * reports print under its {@code ## In short} heading. Behaviour (category, severity, fixable)
 * stays in the rule's code; a test checks the page states the same.
 */
public final class RuleDocs {
  /** Used only when the build did not filter the properties (a bare IDE compile, say). */
  static final String FALLBACK_REPOSITORY = "https://github.com/claude-migrate/claude-migrate";

  private static final String REPOSITORY = repository();
  private static final String RESOURCES = "/dev/claudemigrate/rules/";
  private static final String SHORT = "## In short";

  private RuleDocs() {}

  /**
   * The project repository's URL, without a trailing slash: the pom's {@code repository.url}
   * property (filtered into {@code version.properties} at build time), the one place to change it.
   */
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

  /** The rule's data, its words read from its documentation page. */
  public static RuleInfo info(String id, Category category, Severity severity, boolean fixable) {
    Words words = words(id);
    return new RuleInfo(
        id, category, severity, fixable, words.summary(), words.explanation(), url(id));
  }

  /** A page's one-line summary and its "In short" paragraph. */
  private record Words(String summary, String explanation) {}

  /**
   * The words of the packaged page, read line by line only as far as the end of its "In short"
   * paragraph (near the top): every scan builds every rule when it starts, and the pages hold 100
   * KB, most of it below. A missing page or part is a build defect, not a user error.
   */
  private static Words words(String id) {
    try (InputStream in = RuleDocs.class.getResourceAsStream(RESOURCES + id + ".md")) {
      if (in == null) {
        throw new IllegalStateException("no documentation page packaged for rule " + id);
      }
      BufferedReader page = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String summary = summary(id, page);
      return new Words(summary, explanation(id, page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The summary in the front matter; leaves the reader after the front matter's last line. */
  private static String summary(String id, BufferedReader page) throws IOException {
    if (!"---".equals(page.readLine())) {
      throw new IllegalStateException("docs/rules/" + id + ".md has no front matter");
    }
    String summary = null;
    for (String line = page.readLine();
        line != null && !line.equals("---");
        line = page.readLine()) {
      if (summary == null && line.startsWith("summary: ")) {
        summary = line.substring("summary: ".length()).strip();
      }
    }
    if (summary == null) {
      throw new IllegalStateException(
          "docs/rules/" + id + ".md has no summary in its front matter");
    }
    return summary;
  }

  /** The paragraph under "## In short", its lines joined with spaces. */
  private static String explanation(String id, BufferedReader page) throws IOException {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line = page.readLine(); line != null; line = page.readLine()) {
      if (line.startsWith("#")) {
        if (in) {
          break;
        }
        in = line.strip().equals(SHORT);
      } else if (in && !line.isBlank()) {
        out.add(line.strip());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("docs/rules/" + id + ".md has no '" + SHORT + "' paragraph");
    }
    return String.join(" ", out);
  }
}
