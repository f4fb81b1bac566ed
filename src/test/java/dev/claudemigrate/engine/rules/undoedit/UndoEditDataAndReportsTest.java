package dev.claudemigrate.engine.rules.undoedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.RewriteTester;
import org.junit.jupiter.api.Test;

/**
 * undo-edit in data files (JSON, YAML, notebooks, .env, properties, Terraform), reports, and traps.
 */
class UndoEditDataAndReportsTest {
  private final RewriteTester t = new RewriteTester(new UndoEditRule());

  @Test
  void jsonSchemaEnum() {
    t.rewrites(
        "tool.json",
        """
        {"input_schema": {"properties": {"command": {"type": "string",
          "enum": ["view", "create", "str_replace", "insert", "undo_edit"]}}}}
        """,
        """
        {"input_schema": {"properties": {"command": {"type": "string",
          "enum": ["view", "create", "str_replace", "insert"]}}}}
        """);
  }

  @Test
  void yamlBlockAndFlowLists() {
    t.rewrites(
        "tool.yaml",
        """
        commands:
          - view
          - undo_edit
        also: [view, "undo_edit", insert]
        """,
        """
        commands:
          - view
        also: [view, insert]
        """);
  }

  @Test
  void notebookInlineList() {
    t.rewrites(
        "editor.ipynb",
        """
        {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],
          "source": ["COMMANDS = [\\"view\\", \\"undo_edit\\"]\\n"]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """,
        """
        {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],
          "source": ["COMMANDS = [\\"view\\"]\\n"]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """);
  }

  @Test
  void dotenvCommaList() {
    t.rewrites(".env", "EDITOR_COMMANDS=view,create,undo_edit\n", "EDITOR_COMMANDS=view,create\n");
  }

  @Test
  void markdownAndCommentsAreInfo() {
    Finding md = t.reportsOnly("docs/editor.md", "Use `undo_edit` to revert.\n", 1).get(0);
    assertEquals(Severity.INFO, md.severity());
    Finding comment = t.reportsOnly("editor.py", "# undo_edit reverts the last edit\n", 1).get(0);
    assertEquals(Severity.INFO, comment.severity());
  }

  @Test
  void soleElementAndPromptsAreReported() {
    t.reportsOnly(
        "editor.py",
        """
        COMMANDS = ["undo_edit"]
        PROMPT = "You may call undo_edit to revert."
        """,
        2);
  }

  @Test
  void caseAfterFallThroughIsReported() {
    Finding f =
        t.reportsOnly(
                "editor.js",
                """
        function run(c) {
          switch (c) {
            case "view":
              log();
            case "undo_edit":
              return 2;
          }
        }
        """,
                1)
            .get(0);
    assertTrue(f.fix().contains("falls through"), f.fix());
    t.reportsOnly(
        "editor.ts",
        """
        function run(c: string) {
          switch (c) {
            default:
              log();
            case "undo_edit":
              return 2;
          }
        }
        """,
        1);
  }

  @Test
  void handlerMethodsAreReportedInEveryLanguage() {
    assertTrue(
        t.reportsOnly("E.java", "class E { void undoEdit() {} void handleUndoEdit() {} }\n", 2)
            .get(0)
            .message()
            .contains("left without callers"));
    t.reportsOnly("e.ts", "class E { undoEdit(p: string) {} }\n", 1);
    t.reportsOnly("e.go", "package e\nfunc handleUndoEdit() {}\n", 1);
    assertTrue(
        t.reportsOnly("tests/test_editor.py", "def test_undo_edit():\n    pass\n", 1)
            .get(0)
            .message()
            .contains("a test of the undo_edit command"));
  }

  @Test
  void removalThatWouldEmptyAPythonBlockIsReported() {
    Finding f =
        t.reportsOnly(
                "editor.py",
                """
        def run(command):
            if command == "undo_edit":
                return 1
        """,
                1)
            .get(0);
    assertTrue(f.fix().contains("only statement"), f.fix());
  }

  @Test
  void yamlRemovalKeepsTheDocumentParsing() {
    t.rewrites(
        "tool.yml",
        """
        enum:
          - view
          - undo_edit # legacy
        """,
        """
        enum:
          - view
        """);
  }

  @Test
  void windowsLineEndingsKeepTheirLayout() {
    t.rewrites(
        "editor.py",
        "COMMANDS = [\r\n    \"view\",\r\n    \"undo_edit\",\r\n]\r\n",
        "COMMANDS = [\r\n    \"view\",\r\n]\r\n");
  }

  @Test
  void terraformAndPropertiesLists() {
    t.rewrites(
        "main.tf",
        "locals {\n  commands = [\"view\", \"undo_edit\"]\n}\n",
        "locals {\n  commands = [\"view\"]\n}\n");
    t.rewrites("editor.properties", "editor.commands=view, undo_edit\n", "editor.commands=view\n");
  }

  @Test
  void codeThatDoesNotParseIsOnlyReported() {
    Finding f =
        t.reportsOnly("editor.py", "COMMANDS = [\"view\", \"undo_edit\"]\ndef broken(:\n", 1)
            .get(0);
    assertTrue(f.fix().contains("does not parse cleanly"), f.fix());
  }

  @Test
  void nothingWithoutUndoEdit() {
    t.ignores("editor.py", "COMMANDS = [\"view\", \"create\", \"str_replace\", \"insert\"]\n");
    t.ignores("Editor.java", "class UndoEditor { void undoEditorState() {} }\n");
  }
}
