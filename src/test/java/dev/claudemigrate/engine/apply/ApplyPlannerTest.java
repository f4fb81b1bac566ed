package dev.claudemigrate.engine.apply;

import static dev.claudemigrate.engine.apply.Fixtures.NEW_ID;
import static dev.claudemigrate.engine.apply.Fixtures.OLD_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplyPlannerTest {
  private final ApplyPlanner planner = new ApplyPlanner();

  private ApplyPlan plan(SourceFile f, List<Finding> findings) {
    return planner.plan(Fixtures.result(Path.of("/r"), List.of(new FileReport(f, findings))));
  }

  @Test
  void appliesEditsAndKeepsReportOnlyFindingsForAPerson() {
    SourceFile f =
        SourceFiles.fromText("app.py", "M = '" + OLD_ID + "'\n# prompt: think step by step\n");
    Finding manual = Fixtures.manual(f, "prompt-style", "think step by step", "review the prompt");
    ApplyPlan plan = plan(f, List.of(Fixtures.modelIds(f).get(0), manual));
    assertEquals(1, plan.changes().size());
    assertEquals(
        "M = '" + NEW_ID + "'\n# prompt: think step by step\n", plan.changes().get(0).newText());
    assertEquals(Map.of("model-id", 1), plan.countsByRule());
    assertEquals(List.of(manual), plan.leftForPerson());
    assertEquals("review the prompt", plan.leftForPerson().get(0).fix());
    assertTrue(plan.conflicts().isEmpty());
    assertTrue(plan.errors().isEmpty());
  }

  @Test
  void overlappingEditsResolveByPositionThenRuleIdWhateverTheInputOrder() {
    SourceFile f = SourceFiles.fromText("a.yaml", "model: " + OLD_ID + "\n");
    int at = f.text().indexOf(OLD_ID);
    Finding whole = Fixtures.edit(f, "model-id", at, at + OLD_ID.length(), NEW_ID);
    Finding sameStart = Fixtures.edit(f, "bogus-id", at, at + 9, "x");
    Finding later = Fixtures.edit(f, "aaa-first-by-name", at + 10, at + 15, "y");
    List<Finding> findings = new ArrayList<>(List.of(whole, sameStart, later));
    for (int round = 0; round < 3; round++) {
      Collections.rotate(findings, 1);
      ApplyPlan plan = plan(f, findings);
      // Same start: "bogus-id" sorts before "model-id" and wins; the later edit does not overlap
      // it.
      assertEquals(
          "model: x" + OLD_ID.substring(9, 10) + "y" + OLD_ID.substring(15) + "\n",
          plan.changes().get(0).newText());
      assertEquals(List.of(whole), plan.conflicts().stream().map(Conflict::rejected).toList());
      assertEquals(sameStart, plan.conflicts().get(0).kept());
      assertTrue(
          plan.conflicts()
              .get(0)
              .toString()
              .startsWith(
                  "a.yaml:1:8: [model-id] not applied: its edit overlaps the edit of [bogus-id]"));
    }
  }

  @Test
  void aFindingIsAppliedAllOrNothing() {
    SourceFile f =
        SourceFiles.fromText(
            "t.py", "NAME = 'str_replace_editor'\nTYPE = 'text_editor_20241022'\n");
    int type = f.text().indexOf("text_editor_20241022");
    int name = f.text().indexOf("str_replace_editor");
    Finding tool =
        Findings.at(
            Fixtures.rule("text-editor-tool"),
            f,
            type,
            type + 20,
            "m",
            "fix",
            List.of(
                new Edit(type, type + 20, "text_editor_20250728"),
                new Edit(name, name + 18, "str_replace_based_edit_tool")));
    Finding blocker = Fixtures.edit(f, "aaa", name, name + 3, "STR");
    ApplyPlan plan = plan(f, List.of(tool, blocker));
    // Same start: "aaa" sorts first and wins; the tool finding loses both of its edits, not just
    // one.
    assertEquals(
        "NAME = 'STR_replace_editor'\nTYPE = 'text_editor_20241022'\n",
        plan.changes().get(0).newText());
    assertEquals(List.of(blocker), plan.changes().get(0).applied());
    assertEquals(tool, plan.conflicts().get(0).rejected());
  }

  @Test
  void identicalEditsFromTwoRulesAreNotAConflict() {
    SourceFile f = SourceFiles.fromText("a.json", "{\"m\": \"" + OLD_ID + "\"}");
    Finding a = Fixtures.modelIds(f).get(0);
    Finding b = Fixtures.replace(f, "retired-model", OLD_ID, NEW_ID);
    ApplyPlan plan = plan(f, List.of(a, b));
    assertEquals("{\"m\": \"" + NEW_ID + "\"}", plan.changes().get(0).newText());
    assertEquals(2, plan.appliedCount());
    assertTrue(plan.conflicts().isEmpty());
  }

  @Test
  void malformedEditsAreConflictsWithoutAWinner() {
    SourceFile f = SourceFiles.fromText("a.txt", "abc");
    Finding outside = Fixtures.edit(f, "r", 1, 2, "x");
    outside =
        new Finding(
            outside.ruleId(),
            outside.severity(),
            outside.path(),
            outside.span(),
            "b",
            "m",
            "f",
            outside.context(),
            false,
            List.of(new Edit(2, 9, "z")));
    ApplyPlan plan = plan(f, List.of(outside));
    assertFalse(plan.hasChanges());
    assertNull(plan.conflicts().get(0).kept());
    assertTrue(plan.conflicts().get(0).reason().contains("outside the file"));
  }

  @Test
  void multiLineReplacementTakesTheFilesLineSeparator() {
    SourceFile f = SourceFiles.fromText("a.yaml", "a: 1\r\nb: 2\r\n");
    Finding ins = Fixtures.edit(f, "beta", 6, 6, "x: 1\ny: 2\n");
    assertEquals(
        "a: 1\r\nx: 1\r\ny: 2\r\nb: 2\r\n", plan(f, List.of(ins)).changes().get(0).newText());
    SourceFile lf = SourceFiles.fromText("b.yaml", "a: 1\nb: 2\n");
    Finding crlf = Fixtures.edit(lf, "beta", 5, 5, "x: 1\r\n");
    assertEquals("a: 1\nx: 1\nb: 2\n", plan(lf, List.of(crlf)).changes().get(0).newText());
  }

  @Test
  void aRewriteThatBreaksPythonIsLeftUntouchedAndReported() {
    SourceFile f = SourceFiles.fromText("app.py", "def f():\n    return '" + OLD_ID + "'\n");
    Finding bad = Fixtures.replace(f, "model-id", OLD_ID + "'", NEW_ID);
    ApplyPlan plan = plan(f, List.of(bad));
    assertFalse(plan.hasChanges());
    assertEquals(
        "app.py: the rewritten file would not parse as python; left unchanged",
        plan.errors().get(0).toString());
    assertTrue(
        plan.leftForPerson()
            .get(0)
            .fix()
            .startsWith("not rewritten because the rewritten file would not parse"));
    assertFalse(plan.leftForPerson().get(0).fixable());
  }

  @Test
  void aFileThatDidNotParseBeforeIsStillRewritten() {
    SourceFile f = SourceFiles.fromText("app.py", "def f(:\n    return '" + OLD_ID + "'\n");
    assertTrue(plan(f, Fixtures.modelIds(f)).hasChanges());
  }

  @Test
  void jsonYamlAndNotebooksMustStayValid() {
    SourceFile json = SourceFiles.fromText("c.json", "{\"m\": \"" + OLD_ID + "\"}\n");
    assertTrue(
        plan(json, List.of(Fixtures.replace(json, "r", OLD_ID + "\"", NEW_ID)))
            .errors()
            .get(0)
            .reason()
            .startsWith("the rewritten file would not be valid json"));
    SourceFile yaml = SourceFiles.fromText("c.yaml", "a: 1\n---\nm: " + OLD_ID + "\n");
    assertTrue(plan(yaml, Fixtures.modelIds(yaml)).hasChanges());
    assertTrue(
        plan(yaml, List.of(Fixtures.replace(yaml, "r", "m:", "m: [")))
            .errors()
            .get(0)
            .reason()
            .startsWith("the rewritten file would not be valid yaml"));
    SourceFile nb =
        SourceFiles.fromText(
            "n.ipynb",
            "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"m = '" + OLD_ID + "'\"]}]}");
    assertTrue(plan(nb, Fixtures.modelIds(nb)).hasChanges());
    assertFalse(plan(nb, List.of(Fixtures.replace(nb, "r", "\"]}", "]}"))).hasChanges());
  }

  @Test
  void jsonWithCommentsAndJsonLinesCountAsValid() {
    SourceFile jsonc =
        SourceFiles.fromText("c.jsonc", "// settings\n{\"m\": \"" + OLD_ID + "\",}\n");
    assertTrue(plan(jsonc, Fixtures.modelIds(jsonc)).hasChanges());
    SourceFile jsonl = SourceFiles.fromText("c.jsonl", "{\"m\": \"" + OLD_ID + "\"}\n{\"m\": 2}\n");
    assertTrue(plan(jsonl, Fixtures.modelIds(jsonl)).hasChanges());
  }

  @Test
  void planningTheRewrittenTextAgainChangesNothing() {
    SourceFile f =
        SourceFiles.fromText(
            "a.ts", "const a = '" + OLD_ID + "';\nconst b = \"" + OLD_ID + "\";\n");
    ApplyPlan first = plan(f, Fixtures.modelIds(f));
    SourceFile after = SourceFiles.fromText("a.ts", first.changes().get(0).newText());
    assertFalse(after.text().contains(OLD_ID));
    assertFalse(plan(after, Fixtures.modelIds(after)).hasChanges());
    // An edit that writes what is already there is no change either.
    Finding noop = Fixtures.replace(after, "model-id", NEW_ID, NEW_ID);
    assertFalse(plan(after, List.of(noop)).hasChanges());
  }
}
