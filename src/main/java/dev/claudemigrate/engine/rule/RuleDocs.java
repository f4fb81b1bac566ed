package dev.claudemigrate.engine.rule;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import java.io.IOException;
import java.io.InputStream;
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
  private static final String BASE =
      "https://github.com/claude-migrate/claude-migrate/blob/main/docs/rules/";
  private static final String RESOURCES = "/dev/claudemigrate/rules/";
  private static final String SHORT = "## In short";

  private RuleDocs() {}

  /** The URL of {@code docs/rules/<id>.md} in the project repository. */
  public static String url(String ruleId) {
    return BASE + ruleId + ".md";
  }

  /** The rule's data, its words read from its documentation page. */
  public static RuleInfo info(String id, Category category, Severity severity, boolean fixable) {
    String page = page(id);
    return new RuleInfo(
        id, category, severity, fixable, summary(id, page), explanation(id, page), url(id));
  }

  /** The text of the packaged page; a missing page is a build defect, not a user error. */
  static String page(String id) {
    try (InputStream in = RuleDocs.class.getResourceAsStream(RESOURCES + id + ".md")) {
      if (in == null) {
        throw new IllegalStateException("no documentation page packaged for rule " + id);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String summary(String id, String page) {
    List<String> lines = page.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals("---")) {
      throw new IllegalStateException("docs/rules/" + id + ".md has no front matter");
    }
    for (String line : lines.subList(1, lines.size())) {
      if (line.equals("---")) {
        break;
      }
      if (line.startsWith("summary: ")) {
        return line.substring("summary: ".length()).strip();
      }
    }
    throw new IllegalStateException("docs/rules/" + id + ".md has no summary in its front matter");
  }

  /** The paragraph under "## In short", its lines joined with spaces. */
  private static String explanation(String id, String page) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : page.lines().toList()) {
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
