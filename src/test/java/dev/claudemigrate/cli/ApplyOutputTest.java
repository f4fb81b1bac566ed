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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code apply} prints, with the real scanner and rules: --quiet, --format json against its
 * published schema, and a --report checklist that holds only what is left.
 */
class ApplyOutputTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String OPUS = "anthropic.claude-3-opus-20240229-v1:0";

  @TempDir Path dir;

  /** A tool whose type and name change together, and two manual Opus IDs on one line. */
  private Path project() throws IOException {
    Path root = dir.resolve("project");
    Files.createDirectories(root);
    Files.writeString(
        root.resolve("agent.py"),
        "import boto3\n"
            + "TOOLS = [{\"type\": \"text_editor_20250124\", \"name\": \"str_replace_editor\"}]\n"
            + "A, B = \""
            + OPUS
            + "\", \""
            + OPUS
            + "\"\n");
    return root;
  }

  private CliRun apply(String... args) {
    return CliRun.run(dir, CliRun.nothing(dir), args);
  }

  @Test
  void quietPrintsNothingAndTheExitCodeTells() throws IOException {
    Path root = project();
    CliRun check = apply("apply", root.toString(), "--check", "--quiet");
    assertEquals(1, check.code());
    assertEquals("", check.out());
    assertEquals("", check.err());
  }

  @Test
  void jsonFollowsThePublishedSchemaPendingAndWritten() throws IOException {
    Path root = project();
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                MAPPER.readTree(Files.readString(Path.of("docs/schema/apply-result-1.0.json"))));
    CliRun pending = apply("apply", root.toString(), "--check", "--format", "json");
    assertEquals(1, pending.code(), pending.err());
    JsonNode doc = MAPPER.readTree(pending.out());
    Set<ValidationMessage> errors = schema.validate(doc);
    assertTrue(errors.isEmpty(), errors + "\n" + pending.out());
    assertEquals("pending", doc.get("mode").asText());
    assertEquals(1, doc.get("summary").get("files").asInt());
    assertEquals("text-editor-tool", doc.at("/changes/0/findings/0/ruleId").asText());
    assertEquals(2, doc.get("leftForPerson").size(), "the two Opus IDs; the tool name is done");

    CliRun written = apply("apply", root.toString(), "--format", "json");
    assertEquals(0, written.code(), written.err());
    JsonNode after = MAPPER.readTree(written.out());
    assertTrue(schema.validate(after).isEmpty(), written.out());
    assertEquals("written", after.get("mode").asText());
    assertTrue(Files.readString(root.resolve("agent.py")).contains("str_replace_based_edit_tool"));
  }

  @Test
  void jsonDoesNotGoWithDryRun() throws IOException {
    CliRun run = apply("apply", project().toString(), "--dry-run", "--format", "json");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("use --patch FILE"), run.err());
  }

  @Test
  void checklistHoldsOnlyWhatIsLeftWithColumns() throws IOException {
    Path root = project();
    Path report = dir.resolve("MIGRATION.md");
    CliRun run = apply("apply", root.toString(), "--report", report.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.err().endsWith("migrate apply: wrote the report to " + report + "\n"), run.err());
    String md = Files.readString(report);
    long items = md.lines().filter(l -> l.startsWith("- [ ] ")).count();
    assertEquals(2, items, md);
    assertTrue(md.contains("- [ ] `agent.py:3:9` **model-id**"), md);
    assertTrue(md.contains("- [ ] `agent.py:3:" + (9 + OPUS.length() + 4) + "` **model-id**"), md);
    assertFalse(md.contains("str_replace_editor goes with"), "the tool name was changed by apply");
  }

  @Test
  void inGitHubActionsEachRootsChecklistLinksToTheCommit() throws IOException {
    Path root = project();
    Path other = dir.resolve("services/other");
    Files.createDirectories(other);
    Files.copy(root.resolve("agent.py"), other.resolve("agent.py"));
    Map<String, String> env = new HashMap<>(CliRun.nothing(dir));
    env.putAll(
        Map.of(
            "GITHUB_REPOSITORY", "octo/shop",
            "GITHUB_SHA", "0123abc",
            "GITHUB_WORKSPACE", dir.toString()));
    CliRun run =
        CliRun.run(dir, env, "apply", "project", "services/other", "--dry-run", "--report", "M.md");
    assertEquals(0, run.code(), run.err());
    String md = Files.readString(dir.resolve("M.md"));
    String blob = "https://github.com/octo/shop/blob/0123abc/";
    assertTrue(md.contains("- [ ] [`agent.py:3:9`](" + blob + "project/agent.py#L3) "), md);
    assertTrue(md.contains("- [ ] [`agent.py:3:9`](" + blob + "services/other/agent.py#L3) "), md);
    assertTrue(md.contains("# Claude migration report: `services/other`"), md);
  }
}
