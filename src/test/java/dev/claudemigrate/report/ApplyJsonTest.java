package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudemigrate.engine.apply.ApplyPlan;
import dev.claudemigrate.engine.apply.Conflict;
import dev.claudemigrate.engine.apply.FileChange;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The apply report's members: what changed, what is left for a person, the rejected fixes (their
 * edits located in the file when the file is known, dropped when not) and the errors.
 */
class ApplyJsonTest {
  private static final String OLD = "claude-3-5-sonnet-20240620";
  private static final String NEW = "claude-sonnet-4-6";
  private static final ToolInfo TOOL = ToolInfo.of("1.2.3", "https://example.test/tool");

  private static Finding replace(SourceFile f, String ruleId, boolean withEdit) {
    int start = f.text().indexOf(OLD);
    int end = start + OLD.length();
    return new Finding(
        ruleId,
        Severity.ERROR,
        f.path(),
        f.span(start, end),
        OLD,
        "retired",
        "replace with " + NEW,
        Context.CONFIG_VALUE,
        false,
        withEdit ? List.of(new Edit(start, end, NEW)) : List.of());
  }

  private static ApplyPlan plan() {
    SourceFile changed = SourceFiles.fromText("conf/app.yaml", "a: 1\nmodel: " + OLD + "\n");
    SourceFile gone = SourceFiles.fromText("other.yaml", "x: " + OLD + "\n");
    Finding applied = replace(changed, "model-id", true);
    Finding rejected = replace(changed, "retired-model", true);
    Finding elsewhere = replace(gone, "model-id", true);
    return new ApplyPlan(
        Path.of("/repo"),
        "sonnet-4.6",
        List.of(new FileChange(changed, "a: 1\nmodel: " + NEW + "\n", List.of(applied))),
        List.of(replace(gone, "invoke-model", false)),
        List.of(
            new Conflict(rejected, applied, "overlaps an edit of model-id"),
            new Conflict(elsewhere, null, "the file changed since the scan")),
        List.of(new FileError("broken.json", "not valid JSON")));
  }

  @Test
  void oneRootListsChangesLeftoversConflictsAndErrors() throws Exception {
    JsonNode doc =
        new ObjectMapper().readTree(new ApplyJson(TOOL).render(plan(), false, List.of()));
    assertEquals("apply", doc.get("kind").asText());
    assertEquals("pending", doc.get("mode").asText());
    assertEquals("https://example.test/tool", doc.at("/tool/informationUri").asText());
    assertEquals(1, doc.at("/summary/files").asInt());
    assertEquals(2, doc.at("/summary/conflicts").asInt());
    assertEquals(1, doc.at("/changes/0/fixesByRule/model-id").asInt());
    assertEquals(2, doc.at("/changes/0/findings/0/edits/0/line").asInt());
    assertEquals(NEW, doc.at("/changes/0/findings/0/edits/0/replacement").asText());
    assertEquals("invoke-model", doc.at("/leftForPerson/0/ruleId").asText());
    assertTrue(doc.at("/leftForPerson/0/edits").isEmpty());
    // The rejected fix in the changed file keeps its edit, located on line 2, column 8.
    assertEquals("retired-model", doc.at("/conflicts/0/finding/ruleId").asText());
    assertEquals(8, doc.at("/conflicts/0/finding/edits/0/column").asInt());
    assertEquals("overlaps an edit of model-id", doc.at("/conflicts/0/reason").asText());
    // Its file unknown to the plan, the other rejected fix is listed without edits, its advice
    // kept.
    assertTrue(doc.at("/conflicts/1/finding/edits").isEmpty());
    assertEquals("replace with " + NEW, doc.at("/conflicts/1/finding/fix").asText());
    assertEquals("the file changed since the scan", doc.at("/conflicts/1/reason").asText());
    assertEquals("not valid JSON", doc.at("/errors/0/reason").asText());
    assertEquals(1, doc.at("/fixesByRule/model-id").asInt());
  }

  @Test
  void severalRootsHoldEachRootsDocumentAndTheRootsNotApplied() throws Exception {
    String one = new ApplyJson(TOOL).render(plan(), true, List.of("legacy target"));
    String both =
        new ApplyJson(TOOL)
            .render(
                List.of(
                    new ApplyJson.Root(plan(), true, List.of("legacy target")),
                    new ApplyJson.Root(plan(), false, List.of())),
                List.of(new FileError("missing", "no such folder")));
    ObjectMapper mapper = new ObjectMapper();
    JsonNode doc = mapper.readTree(both);
    assertEquals(2, doc.get("roots").size());
    assertEquals(mapper.readTree(one), doc.get("roots").get(0));
    assertEquals("pending", doc.at("/roots/1/mode").asText());
    assertEquals("no such folder", doc.at("/errors/0/reason").asText());
    assertTrue(both.endsWith("}\n"), "one newline at the end");
  }
}
