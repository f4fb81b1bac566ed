package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.claudemigrate.engine.apply.GitFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate scan A B C} and {@code migrate apply A B C}, through {@link Migrate#run} with the
 * real scanner: one report over the roots, each root with its own config, git check and part of the
 * report, and the exit code the worst over all.
 */
class SeveralRootsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String OLD = "anthropic.claude-3-5-sonnet-20241022-v2:0";

  @TempDir Path dir;

  private CliRun migrate(String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  /** A root with one fixable tool type and one old model ID in {@code src/<file>}. */
  private Path root(String name, String file) throws IOException {
    Path src = Files.createDirectories(dir.resolve(name).resolve("src"));
    Files.writeString(
        src.resolve(file),
        "import boto3\n"
            + "TOOLS = [{\"type\": \"text_editor_20250124\", \"name\": \"str_replace_editor\"}]\n"
            + "MODEL = \""
            + OLD
            + "\"\n");
    return dir.resolve(name);
  }

  private Path clean(String name) throws IOException {
    Path root = Files.createDirectories(dir.resolve(name));
    Files.writeString(root.resolve("main.py"), "print('nothing to migrate')\n");
    return root;
  }

  private static JsonSchema schema(String file) throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(MAPPER.readTree(Files.readString(Path.of("docs/schema", file))));
  }

  @Test
  void sarifOverThreeRootsHasThreeRunsEachRelativeToItsRoot() throws IOException {
    root("alpha", "a.py");
    root("beta", "b b.py");
    root("gamma", "c.py");

    CliRun run = migrate("scan", "alpha", "beta", "gamma", "--format", "sarif", "-o", "out.sarif");

    assertEquals(1, run.code(), run.err());
    assertEquals("", run.out());
    assertTrue(
        run.err().endsWith("migrate: wrote the sarif report over 3 roots to out.sarif\n"),
        run.err());
    JsonNode runs = MAPPER.readTree(dir.resolve("out.sarif").toFile()).get("runs");
    assertEquals(3, runs.size());
    Set<String> ids = new HashSet<>();
    String[][] expected = {{"alpha", "src/a.py"}, {"beta", "src/b%20b.py"}, {"gamma", "src/c.py"}};
    for (int i = 0; i < 3; i++) {
      JsonNode r = runs.get(i);
      ids.add(r.at("/automationDetails/id").asText());
      assertEquals(
          "claude-migrate/" + expected[i][0] + "/", r.at("/automationDetails/id").asText());
      assertEquals(
          dir.resolve(expected[i][0]).toUri().toString(),
          r.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
      assertTrue(r.at("/originalUriBaseIds/%SRCROOT%/uri").asText().endsWith("/"));
      assertEquals(3, r.get("results").size(), r.toString());
      for (JsonNode result : r.get("results")) {
        JsonNode location = result.at("/locations/0/physicalLocation/artifactLocation");
        assertEquals(expected[i][1], location.get("uri").asText());
        assertEquals("%SRCROOT%", location.get("uriBaseId").asText());
      }
    }
    assertEquals(3, ids.size(), "distinct automation ids: " + ids);
  }

  @Test
  void oneRootKeepsTheSarifItHadWithoutAutomationDetails() throws IOException {
    root("alpha", "a.py");
    CliRun run = migrate("scan", "alpha", "--format", "sarif");
    JsonNode runs = MAPPER.readTree(run.out()).get("runs");
    assertEquals(1, runs.size());
    assertFalse(runs.get(0).has("automationDetails"), "a single root keeps its SARIF category");
    assertFalse(runs.get(0).has("originalUriBaseIds"));
  }

  @Test
  void textHasOneSummaryLinePerRootAndTheWorstExitCode() throws IOException {
    root("alpha", "a.py");
    clean("quiet");
    CliRun run = migrate("scan", "alpha", "quiet");
    assertEquals(1, run.code(), "alpha has an error finding: " + run.err());
    assertTrue(run.out().contains("=== alpha ===\n"), run.out());
    assertTrue(run.out().contains("=== quiet ===\n"), run.out());
    assertTrue(
        run.out()
            .endsWith(
                "2 roots:\n"
                    + "alpha: 3 findings (3 errors, 0 warnings, 0 info) in 1 file; 1 fixable by"
                    + " 'migrate apply'\n"
                    + "quiet: 0 findings (0 errors, 0 warnings, 0 info) in 0 files; 0 fixable by"
                    + " 'migrate apply'\n"),
        run.out());
    assertEquals(1, run.errCount("migrate: target "), "the same target line once: " + run.err());
  }

  /** A root with {@code files} files of one old model ID each: too many findings to list. */
  private Path large(String name, int files) throws IOException {
    for (int i = 0; i < files; i++) {
      Path f = dir.resolve(name).resolve("svc" + i).resolve("client.py");
      Files.createDirectories(f.getParent());
      Files.writeString(f, "MODEL = \"" + OLD + "\"\n");
    }
    return dir.resolve(name);
  }

  @Test
  void markdownOverSeveralRootsKeepsToOneCommentBudgetAndGivesTheLargeRootsWhatSmallOnesLeave()
      throws IOException {
    large("north", 300);
    root("tiny", "a.py");
    large("south", 300);

    CliRun run = migrate("scan", "north", "tiny", "south", "--format", "markdown", "-o", "out.md");

    assertEquals(1, run.code(), run.err());
    String md = Files.readString(dir.resolve("out.md"));
    // Alone each large root's report is close to 60,000 characters: together they must share.
    assertTrue(md.length() <= 60_000, "length " + md.length());
    assertTrue(md.length() > 55_000, "the budget is used, not split three ways: " + md.length());
    String tiny = md.substring(md.indexOf("# `tiny`"), md.indexOf("# `south`"));
    assertTrue(tiny.contains("Findings, most severe first (3)"), tiny);
    assertFalse(tiny.contains("not shown"), "the small root is listed whole: " + tiny);
    for (String big : List.of("north", "south")) {
      Matcher shown =
          Pattern.compile("# `" + big + "`.*?most severe first \\((\\d+) of 300\\)", Pattern.DOTALL)
              .matcher(md);
      assertTrue(shown.find(), big + " is cut and says so");
      // An equal third (20,000 characters) holds about 60 items; what tiny leaves gives more.
      assertTrue(Integer.parseInt(shown.group(1)) > 75, big + " shows " + shown.group(1));
    }
    assertTrue(md.contains("\n3 roots:\n- north: 300 findings"), md.substring(md.length() - 400));
  }

  @Test
  void eachRootReadsItsOwnConfig() throws IOException {
    Path alpha = root("alpha", "a.py");
    root("beta", "b.py");
    Files.writeString(alpha.resolve(".claude-migrate.yml"), "failOn: never\n");
    assertEquals(0, migrate("scan", "alpha").code(), "alpha's config never fails");
    CliRun both = migrate("scan", "alpha", "beta");
    assertEquals(1, both.code(), "beta has no config: errors fail it");
    Files.writeString(alpha.resolve(".claude-migrate.yml"), "profilePrefix: eu\n");
    JsonNode doc = MAPPER.readTree(migrate("scan", "alpha", "beta", "--format", "json").out());
    assertTrue(
        doc.at("/roots/0/findings").toString().contains("eu.anthropic.claude-sonnet"),
        "alpha's prefix: " + doc.at("/roots/0/findings"));
    assertFalse(
        doc.at("/roots/1/findings").toString().contains("eu.anthropic.claude-sonnet\""),
        "beta has no prefix");
  }

  @Test
  void aMissingRootIsOneLineAndTheOthersStillRun() throws IOException {
    root("alpha", "a.py");
    clean("quiet");
    CliRun run =
        migrate("scan", "alpha", "gone", "quiet", "--format", "json", "--fail-on", "never");

    assertEquals(2, run.code(), "a root that does not exist is a usage error: " + run.err());
    assertEquals(
        "migrate scan: " + dir.resolve("gone") + ": no such file or folder\n",
        run.errAfterTarget());
    JsonNode doc = MAPPER.readTree(run.out());
    Set<ValidationMessage> errors = schema("scan-result-1.0.json").validate(doc);
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals(2, doc.get("roots").size());
    assertEquals(dir.resolve("alpha").toString(), doc.at("/roots/0/root").asText());
    assertEquals(dir.resolve("quiet").toString(), doc.at("/roots/1/root").asText());
    assertEquals("gone", doc.at("/errors/0/path").asText());
    assertEquals(3, doc.at("/roots/0/summary/findings").asInt());
  }

  @Test
  void oneRootKeepsTheJsonItHad() throws IOException {
    root("alpha", "a.py");
    JsonNode doc = MAPPER.readTree(migrate("scan", "alpha", "--format", "json").out());
    assertFalse(doc.has("roots"));
    assertEquals(dir.resolve("alpha").toString(), doc.get("root").asText());
    assertTrue(schema("scan-result-1.0.json").validate(doc).isEmpty());
  }

  @Test
  void applyCheckFailsWhenAnyRootWouldChange() throws IOException {
    clean("quiet");
    clean("calm");
    CliRun none = migrate("apply", "quiet", "calm", "--check");
    assertEquals(0, none.code(), none.err());
    root("alpha", "a.py");
    CliRun one = migrate("apply", "quiet", "alpha", "calm", "--check", "--format", "json");
    assertEquals(1, one.code(), one.err());
    JsonNode doc = MAPPER.readTree(one.out());
    Set<ValidationMessage> errors = schema("apply-result-1.0.json").validate(doc);
    assertTrue(errors.isEmpty(), errors + "\n" + one.out());
    assertEquals(
        List.of(0, 1, 0),
        List.of(
            doc.at("/roots/0/summary/files").asInt(),
            doc.at("/roots/1/summary/files").asInt(),
            doc.at("/roots/2/summary/files").asInt()));
    assertEquals("pending", doc.at("/roots/1/mode").asText());
  }

  @Test
  void applyChecksEachRootForUncommittedWorkAndWritesTheOthers() throws IOException {
    Path alpha = root("alpha", "a.py");
    Path beta = root("beta", "b.py");
    GitFixture.commitAll(alpha);
    GitFixture.commitAll(beta);
    Files.writeString(
        beta.resolve("src/b.py"), "# work in progress\n", java.nio.file.StandardOpenOption.APPEND);
    String betaBefore = Files.readString(beta.resolve("src/b.py"));

    CliRun run = migrate("apply", "alpha", "beta", "--report", "report.md");

    assertEquals(2, run.code(), "beta refused: " + run.err());
    assertTrue(
        Files.readString(alpha.resolve("src/a.py")).contains("str_replace_based_edit_tool"),
        "alpha written");
    assertEquals(betaBefore, Files.readString(beta.resolve("src/b.py")), "beta left alone");
    assertTrue(
        run.err().contains("beta/src/b.py: has uncommitted changes in git (modified)"), run.err());
    assertTrue(run.err().contains("migrate apply: beta: nothing written: 1 of 1 files"), run.err());
    assertTrue(run.out().contains("=== alpha ===\n\n1 file changed (1 fix):"), run.out());
    assertTrue(
        run.out().contains("beta: not applied: nothing written: files with uncommitted changes"),
        run.out());
    String report = Files.readString(dir.resolve("report.md"));
    assertTrue(report.startsWith("# Claude migration report: `alpha`\n"), report);

    CliRun again = migrate("apply", "alpha", "--check");
    assertEquals(0, again.code(), "a second apply changes nothing: " + again.out());
  }

  @Test
  void patchWithSeveralRootsIsAUsageError() throws IOException {
    root("alpha", "a.py");
    root("beta", "b.py");
    CliRun run = migrate("apply", "alpha", "beta", "--patch", "x.patch");
    assertEquals(2, run.code());
    assertEquals(
        "migrate apply: --patch writes one patch for one root, but 2 roots were given; use"
            + " --dry-run, or run once per root\n",
        run.err());
    assertFalse(Files.exists(dir.resolve("x.patch")));
  }
}
