package dev.claudemigrate.engine.rules.texteditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEditorToolRuleTest {
  private final RewriteTester t = new RewriteTester(new TextEditorToolRule());

  @Test
  void pythonDefinitionDispatchAndPrompt() {
    List<Finding> f =
        t.rewrites(
            "agent/tools.py",
            """
        TOOLS = [{"type": "text_editor_20250124", "name": "str_replace_editor"}]
        SYSTEM = "Use the str_replace_editor tool to edit files."

        def handle(block):
            if block["name"] == "str_replace_editor":
                return run_editor(block["input"])
        """,
            """
        TOOLS = [{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}]
        SYSTEM = "Use the str_replace_based_edit_tool tool to edit files."

        def handle(block):
            if block["name"] == "str_replace_based_edit_tool":
                return run_editor(block["input"])
        """);
    assertEquals(4, f.size(), f.toString());
    assertEquals(
        2, f.get(0).edits().size(), "type and name of one definition change in one finding");
    assertTrue(f.get(1).fix().contains("together with the type"), f.get(1).fix());
    assertTrue(f.get(1).edits().isEmpty(), "the name's edit is carried by the type's finding");
    assertEquals(Severity.ERROR, f.get(0).severity());
  }

  @Test
  void settingsChooseText20250429() {
    RewriteTester t0429 =
        new RewriteTester(
            new TextEditorToolRule(),
            new MigrationSettings(Optional.empty(), "text_editor_20250429", false),
            "sonnet-4");
    t0429.rewrites(
        "agent/tools.py",
        """
        tool = {"name": "str_replace_editor", "type": "text_editor_20241022"}
        """,
        """
        tool = {"name": "str_replace_based_edit_tool", "type": "text_editor_20250429"}
        """);
  }

  @Test
  void javaMapDefinitionAndSwitchDispatch() {
    t.rewrites(
        "src/main/java/Agent.java",
        """
        class Agent {
          Map<String, Object> tool = Map.of("type", "text_editor_20241022", "name", "str_replace_editor");
          void on(ToolUse u) {
            switch (u.name()) {
              case "str_replace_editor" -> edit(u);
              default -> {}
            }
          }
        }
        """,
        """
        class Agent {
          Map<String, Object> tool = Map.of("type", "text_editor_20250728", "name", "str_replace_based_edit_tool");
          void on(ToolUse u) {
            switch (u.name()) {
              case "str_replace_based_edit_tool" -> edit(u);
              default -> {}
            }
          }
        }
        """);
  }

  @Test
  void typescriptSdkTypeAndDispatch(@TempDir Path project) throws IOException {
    Files.writeString(
        project.resolve("package.json"),
        "{\"dependencies\": {\"@anthropic-ai/sdk\": \"^0.60.0\"}}\n");
    Files.createDirectories(project.resolve("src"));
    t.rewrites(
        project.resolve("src/agent.ts").toString(),
        """
        import type { BetaToolTextEditor20241022 } from "@anthropic-ai/sdk/resources/beta";
        const tool: BetaToolTextEditor20241022 = { type: "text_editor_20241022", name: "str_replace_editor" };
        if (block.name === "str_replace_editor") { edit(block); }
        """,
        """
        import type { BetaToolTextEditor20250728 } from "@anthropic-ai/sdk/resources/beta";
        const tool: BetaToolTextEditor20250728 = { type: "text_editor_20250728", name: "str_replace_based_edit_tool" };
        if (block.name === "str_replace_based_edit_tool") { edit(block); }
        """);
  }

  @Test
  void javascriptDispatchMapKey() {
    t.rewrites(
        "src/agent.js",
        """
        const handlers = { "str_replace_editor": edit };
        const byName = { str_replace_editor: edit, bash: run };
        """,
        """
        const handlers = { "str_replace_based_edit_tool": edit };
        const byName = { str_replace_based_edit_tool: edit, bash: run };
        """);
  }

  @Test
  void unknownSdkNameIsReported() {
    Finding f =
        t.reportsOnly("agent.py", "from tools import TextEditor20250124Adapter\n", 1).get(0);
    assertTrue(f.fix().contains("by hand"), f.fix());
  }

  @Test
  void pythonSdkParamTypeRenamedWhereThePinnedReleaseDeclaresIt(@TempDir Path project)
      throws IOException {
    Files.writeString(project.resolve("requirements.txt"), "boto3\nanthropic[bedrock]==0.61.0\n");
    t.rewrites(
        project.resolve("agent.py").toString(),
        """
        from anthropic.types import ToolTextEditor20250124Param
        """,
        """
        from anthropic.types import ToolTextEditor20250728Param
        """);
  }

  @Test
  void pythonSdkParamTypeReportedWhereTheLockedReleaseLacksIt(@TempDir Path project)
      throws IOException {
    // The manifest allows a release with the type; the lock file says which one is installed.
    Files.writeString(project.resolve("pyproject.toml"), "dependencies = [\"anthropic>=0.61\"]\n");
    Files.writeString(
        project.resolve("uv.lock"),
        "[[package]]\nname = \"anthropic\"\nversion = \"0.37.1\"\nsource = { registry = \"x\" }\n");
    Finding f =
        t.reportsOnly(
                project.resolve("agent.py").toString(),
                "from anthropic.types.beta import BetaToolTextEditor20241022Param\n",
                1)
            .get(0);
    assertTrue(f.fix().contains("anthropic 0.61.0 and later; uv.lock pins 0.37.1"), f.fix());
  }

  @Test
  void sdkTypeReportedWithoutAPinnedRelease(@TempDir Path project) throws IOException {
    // anthropic-bedrock is another package: it says nothing of the anthropic release.
    Files.writeString(
        project.resolve("requirements.txt"), "anthropic-bedrock==0.99.0\nanthropic\n");
    Finding f =
        t.reportsOnly(
                project.resolve("agent.py").toString(),
                "from anthropic.types import ToolTextEditor20250124Param\n",
                1)
            .get(0);
    assertTrue(f.fix().contains("no build or lock file pins the version"), f.fix());
  }

  @Test
  void goToolDefinition() {
    t.rewrites(
        "agent.go",
        """
        package agent
        var tool = map[string]any{"type": "text_editor_20250124", "name": "str_replace_editor"}
        const editorName = "str_replace_editor"
        """,
        """
        package agent
        var tool = map[string]any{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}
        const editorName = "str_replace_based_edit_tool"
        """);
  }

  @Test
  void kotlinWhenDispatch() {
    t.rewrites(
        "Agent.kt",
        """
        fun on(name: String) = when (name) {
            "str_replace_editor" -> edit()
            else -> Unit
        }
        """,
        """
        fun on(name: String) = when (name) {
            "str_replace_based_edit_tool" -> edit()
            else -> Unit
        }
        """);
  }

  @Test
  void jsonRequestBody() {
    t.rewrites(
        "request.json",
        """
        {"anthropic_version": "bedrock-2023-05-31",
         "tools": [{"type": "text_editor_20250124", "name": "str_replace_editor"},
                   {"type": "bash_20250124", "name": "bash"}]}
        """,
        """
        {"anthropic_version": "bedrock-2023-05-31",
         "tools": [{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"},
                   {"type": "bash_20250124", "name": "bash"}]}
        """);
  }

  @Test
  void yamlToolList() {
    t.rewrites(
        "agent.yaml",
        """
        tools:
          - type: bash_20250124
            name: bash
          - type: text_editor_20250124
            name: str_replace_editor
        """,
        """
        tools:
          - type: bash_20250124
            name: bash
          - type: text_editor_20250728
            name: str_replace_based_edit_tool
        """);
  }

  @Test
  void dotenvAndProperties() {
    t.rewrites(
        ".env",
        "EDITOR_TOOL_TYPE=text_editor_20241022\nEDITOR_TOOL_NAME=str_replace_editor\n",
        "EDITOR_TOOL_TYPE=text_editor_20250728\nEDITOR_TOOL_NAME=str_replace_based_edit_tool\n");
    t.rewrites(
        "app.properties",
        "agent.editor.type=text_editor_20250124\n",
        "agent.editor.type=text_editor_20250728\n");
  }

  @Test
  void terraformLambdaEnvironment() {
    t.rewrites(
        "main.tf",
        """
        resource "aws_lambda_function" "agent" {
          environment {
            variables = { EDITOR_TOOL = "str_replace_editor" }
          }
        }
        """,
        """
        resource "aws_lambda_function" "agent" {
          environment {
            variables = { EDITOR_TOOL = "str_replace_based_edit_tool" }
          }
        }
        """);
  }

  @Test
  void notebookCodeCell() {
    t.rewrites(
        "agent.ipynb",
        """
        {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],
          "source": ["tools = [{\\"type\\": \\"text_editor_20250124\\", \\"name\\": \\"str_replace_editor\\"}]\\n"]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """,
        """
        {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],
          "source": ["tools = [{\\"type\\": \\"text_editor_20250728\\", \\"name\\": \\"str_replace_based_edit_tool\\"}]\\n"]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """);
  }

  @Test
  void markdownIsInfoWithoutEdits() {
    Finding f =
        t.reportsOnly("docs/tools.md", "Give Claude the `text_editor_20250124` tool.\n", 1).get(0);
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void alreadyMigratedIsIgnored() {
    t.ignores(
        "agent.py",
        """
        TOOLS = [{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool", "max_characters": 10000}]
        from anthropic.types import ToolTextEditor20250728Param
        """);
  }

  @Test
  void functionNamedAfterTheToolIsReportedNotRenamed() {
    t.reportsOnly("agent.py", "def str_replace_editor(args):\n    pass\n", 1);
  }
}
