package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.report.SourceLinks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiLinksTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  private static final Map<String, String> GITHUB =
      Map.of(
          "GITHUB_SERVER_URL", "https://github.com",
          "GITHUB_REPOSITORY", "octo/shop",
          "GITHUB_SHA", "0123abc");
  private static final Map<String, String> GITLAB =
      Map.of(
          "CI_SERVER_URL", "https://gitlab.example.com",
          "CI_PROJECT_URL", "https://gitlab.example.com/group/shop",
          "CI_COMMIT_SHA", "0123abc");

  @TempDir Path dir;

  private Environment env(Map<String, String> vars) {
    return new Environment(dir, vars, CLOCK, false);
  }

  @Test
  void githubVariablesGiveLinksToTheCommit() {
    assertEquals(
        new SourceLinks("https://github.com/octo/shop/blob/0123abc", ""),
        CiLinks.of(env(GITHUB), dir));
  }

  @Test
  void gitlabVariablesGiveLinksToTheCommit() {
    assertEquals(
        new SourceLinks("https://gitlab.example.com/group/shop/-/blob/0123abc", ""),
        CiLinks.of(env(GITLAB), dir));
    Map<String, String> noProjectUrl = new HashMap<>(GITLAB);
    noProjectUrl.remove("CI_PROJECT_URL");
    noProjectUrl.put("CI_PROJECT_PATH", "group/shop");
    assertEquals(
        new SourceLinks("https://gitlab.example.com/group/shop/-/blob/0123abc", ""),
        CiLinks.of(env(noProjectUrl), dir));
  }

  @Test
  void aScanRootBelowTheCheckoutIsItsPathInTheRepository() {
    Map<String, String> vars = new HashMap<>(GITHUB);
    vars.put("GITHUB_WORKSPACE", dir.toString());
    assertEquals(
        new SourceLinks("https://github.com/octo/shop/blob/0123abc", "services/api"),
        CiLinks.of(env(vars), dir.resolve("services/api")));
  }

  @Test
  void withoutCiVariablesOrOutsideTheCheckoutLinksStayRelative() {
    assertEquals(SourceLinks.relative(), CiLinks.of(env(Map.of()), dir));
    assertEquals(SourceLinks.relative(), CiLinks.of(env(Map.of("GITHUB_SHA", "abc")), dir));
    Map<String, String> vars = new HashMap<>(GITHUB);
    vars.put("GITHUB_WORKSPACE", dir.resolve("checkout").toString());
    assertEquals(SourceLinks.relative(), CiLinks.of(env(vars), dir.resolve("elsewhere")));
  }

  /** A repository with 1,000 findings in 10 files, scanned as a CI job would. */
  @Test
  void markdownOfAThousandFindingsFitsACommentWithAbsoluteLinks() throws IOException {
    String[] ids = {
      "anthropic.claude-3-5-sonnet-20241022-v2:0",
      "us.anthropic.claude-3-7-sonnet-20250219-v1:0",
      "anthropic.claude-3-5-sonnet-20240620-v1:0",
      "claude-3-5-sonnet-20241022"
    };
    for (int f = 0; f < 10; f++) {
      StringBuilder py = new StringBuilder();
      for (int i = 0; i < 100; i++) {
        py.append("MODEL_").append(i).append(" = \"").append(ids[(i + f) % 4]).append("\"\n");
      }
      Files.createDirectories(dir.resolve("app/pkg" + f));
      Files.writeString(dir.resolve("app/pkg" + f + "/models.py"), py.toString());
    }
    for (Map<String, String> ci : java.util.List.of(GITHUB, GITLAB)) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          new Migrate(env(ci))
              .run(
                  new PrintWriter(out),
                  new PrintWriter(err),
                  "scan",
                  "app",
                  "--format",
                  "markdown");
      String md = out.toString();
      assertEquals(1, code, err.toString());
      assertTrue(md.startsWith("## claude-migrate: 1000 findings"), md.substring(0, 200));
      assertTrue(md.length() < 60_000, "length " + md.length());
      String base =
          ci == GITHUB
              ? "https://github.com/octo/shop/blob/0123abc/app/pkg0/models.py#L1)"
              : "https://gitlab.example.com/group/shop/-/blob/0123abc/app/pkg0/models.py#L1)";
      assertTrue(md.contains("](" + base), md);
    }
  }
}
