package dev.claudemigrate.engine.rules.betaheader;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BetaHeaderRuleTest {
  private final RewriteTester t = new RewriteTester(new BetaHeaderRule());

  @Test
  void pythonComputerUseKeptAsNewBetaWithToolsAndOthersRemoved() {
    List<Finding> f =
        t.rewrites(
            "agent.py",
            """
        response = client.beta.messages.create(
            betas=["computer-use-2024-10-22", "token-efficient-tools-2025-02-19"],
            tools=[{"type": "computer_20241022", "name": "computer"}, {"type": "bash_20241022", "name": "bash"}],
        )
        """,
            """
        response = client.beta.messages.create(
            betas=["computer-use-2025-01-24"],
            tools=[{"type": "computer_20250124", "name": "computer"}, {"type": "bash_20250124", "name": "bash"}],
        )
        """);
    assertEquals(Severity.WARNING, f.get(1).severity());
    assertEquals(Severity.ERROR, f.get(2).severity());
  }

  @Test
  void pythonComputerUseDroppedWhenOnlyTheTextEditorUsedIt() {
    t.rewrites(
        "agent.py",
        """
        body = {
            "anthropic_beta": [
                "computer-use-2024-10-22",
                "output-128k-2025-02-19",
                "interleaved-thinking-2025-05-14",
            ],
            "tools": [{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}],
        }
        """,
        """
        body = {
            "anthropic_beta": [
                "interleaved-thinking-2025-05-14",
            ],
            "tools": [{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}],
        }
        """);
  }

  /**
   * What the target does with each beta is worked out once a run and kept for the run's context: a
   * thread that checks files for two runs in turn gets each run's own answer.
   */
  @Test
  void twoRunsWithOtherTargetsOnOneThreadEachGetTheirOwnBetas() {
    RewriteTester to46 =
        new RewriteTester(new BetaHeaderRule(), MigrationSettings.defaults(), "sonnet-4.6");
    RewriteTester to4 =
        new RewriteTester(new BetaHeaderRule(), MigrationSettings.defaults(), "sonnet-4");
    String src =
        "betas = [\"fine-grained-tool-streaming-2025-05-14\", \"interleaved-thinking-2025-05-14\"]\n";
    for (int turn = 0; turn < 2; turn++) {
      List<Finding> on46 = to46.findings("agent.py", src);
      assertEquals(1, on46.size(), on46.toString());
      assertTrue(on46.get(0).message().contains("fine-grained-tool-streaming"), on46.toString());
      assertEquals(List.of(), to4.findings("agent.py", src));
    }
  }

  @Test
  void soleValueIsReportedNotEdited() {
    Finding f =
        t.reportsOnly("agent.py", "betas = [\"token-efficient-tools-2025-02-19\"]\n", 1).get(0);
    assertTrue(f.fix().contains("left empty"), f.fix());
    t.reportsOnly("headers.yaml", "anthropic-beta: computer-use-2024-10-22\n", 1);
  }

  @Test
  void commaSeparatedHeaderStringEditedInside() {
    t.rewrites(
        "client.ts",
        """
        const headers = { "anthropic-beta": "token-efficient-tools-2025-02-19,interleaved-thinking-2025-05-14" };
        """,
        """
        const headers = { "anthropic-beta": "interleaved-thinking-2025-05-14" };
        """);
    t.rewrites(
        "client.js",
        """
        const headers = { "anthropic-beta": "interleaved-thinking-2025-05-14, output-128k-2025-02-19" };
        """,
        """
        const headers = { "anthropic-beta": "interleaved-thinking-2025-05-14" };
        """);
  }

  @Test
  void javaListOfAndHeaderArgument() {
    t.rewrites(
        "Agent.java",
        """
        class Agent {
          List<String> betas = List.of("interleaved-thinking-2025-05-14", "output-128k-2025-02-19");
        }
        """,
        """
        class Agent {
          List<String> betas = List.of("interleaved-thinking-2025-05-14");
        }
        """);
    t.reportsOnly(
        "Client.java",
        """
        class Client { void f(Req r) { r.putHeader("anthropic-beta", "token-efficient-tools-2025-02-19"); } }
        """,
        1);
  }

  @Test
  void goSliceAndToolType() {
    t.rewrites(
        "agent.go",
        """
        package agent
        var betas = []string{"computer-use-2024-10-22"}
        var tool = map[string]string{"type": "computer_20241022", "name": "computer"}
        """,
        """
        package agent
        var betas = []string{"computer-use-2025-01-24"}
        var tool = map[string]string{"type": "computer_20250124", "name": "computer"}
        """);
  }

  @Test
  void kotlinListOf() {
    t.rewrites(
        "Agent.kt",
        """
        val betas = listOf("token-efficient-tools-2025-02-19", "interleaved-thinking-2025-05-14")
        """,
        """
        val betas = listOf("interleaved-thinking-2025-05-14")
        """);
  }

  @Test
  void jsonConverseAdditionalFields() {
    t.rewrites(
        "request.json",
        """
        {"additionalModelRequestFields": {"anthropic_beta": ["computer-use-2024-10-22", "token-efficient-tools-2025-02-19"],
          "tools": [{"type": "bash_20241022", "name": "bash"}]}}
        """,
        """
        {"additionalModelRequestFields": {"anthropic_beta": ["computer-use-2025-01-24"],
          "tools": [{"type": "bash_20250124", "name": "bash"}]}}
        """);
  }

  @Test
  void jsonLastTwoLinesAreRemovedByOneFinding() {
    List<Finding> f =
        t.rewrites(
            "body.json",
            """
        {"anthropic_beta": [
          "interleaved-thinking-2025-05-14",
          "token-efficient-tools-2025-02-19",
          "output-128k-2025-02-19"
        ]}
        """,
            """
        {"anthropic_beta": [
          "interleaved-thinking-2025-05-14"
        ]}
        """);
    assertEquals(1, f.get(0).edits().size(), f.toString());
    assertTrue(f.get(1).fix().contains("finding at line 3"), f.get(1).fix());
  }

  @Test
  void yamlBlockList() {
    t.rewrites(
        "agent.yaml",
        """
        anthropic_beta:
          - interleaved-thinking-2025-05-14
          - output-128k-2025-02-19
        """,
        """
        anthropic_beta:
          - interleaved-thinking-2025-05-14
        """);
  }

  @Test
  void dotenvHeaderValue() {
    t.rewrites(
        ".env",
        "ANTHROPIC_BETA=interleaved-thinking-2025-05-14,token-efficient-tools-2025-02-19\n",
        "ANTHROPIC_BETA=interleaved-thinking-2025-05-14\n");
    t.rewrites(
        "app.properties",
        "anthropic.beta=output-128k-2025-02-19, interleaved-thinking-2025-05-14\n",
        "anthropic.beta=interleaved-thinking-2025-05-14\n");
  }

  @Test
  void terraformList() {
    t.rewrites(
        "main.tf",
        """
        locals {
          betas = ["interleaved-thinking-2025-05-14", "token-efficient-tools-2025-02-19"]
        }
        """,
        """
        locals {
          betas = ["interleaved-thinking-2025-05-14"]
        }
        """);
  }

  @Test
  void notebookEscapedList() {
    t.rewrites(
        "agent.ipynb",
        """
        {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],
          "source": ["betas = [\\"interleaved-thinking-2025-05-14\\", \\"output-128k-2025-02-19\\"]\\n"]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """,
        """
        {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],
          "source": ["betas = [\\"interleaved-thinking-2025-05-14\\"]\\n"]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """);
  }

  @Test
  void sdkComputerTypeRenamed(@TempDir Path project) throws IOException {
    Files.writeString(
        project.resolve("package.json"),
        "{\"dependencies\": {\"@anthropic-ai/sdk\": \"0.37.0\"}}\n");
    t.rewrites(
        project.resolve("agent.ts").toString(),
        """
        import { BetaToolComputerUse20241022 } from "@anthropic-ai/sdk/resources/beta";
        """,
        """
        import { BetaToolComputerUse20250124 } from "@anthropic-ai/sdk/resources/beta";
        """);
  }

  @Test
  void sdkComputerTypeReportedWhereThePinnedReleaseLacksIt(@TempDir Path project)
      throws IOException {
    Files.writeString(
        project.resolve("package.json"),
        "{\"dependencies\": {\"@anthropic-ai/sdk\": \"^0.36.3\"}}\n");
    Finding f =
        t.reportsOnly(
                project.resolve("agent.ts").toString(),
                "import { BetaToolComputerUse20241022 } from \"@anthropic-ai/sdk/resources/beta\";\n",
                1)
            .get(0);
    assertTrue(f.fix().contains("package.json pins 0.36.3"), f.fix());
  }

  @Test
  void markdownIsInfoAndCommentsReported() {
    List<Finding> f =
        t.reportsOnly(
            "docs/betas.md", "Send `token-efficient-tools-2025-02-19` for cheaper tools.\n", 1);
    assertEquals(Severity.INFO, f.get(0).severity());
    t.reportsOnly("agent.py", "# we send output-128k-2025-02-19 for long outputs\n", 1);
  }

  @Test
  void currentBetasAndToolsAreIgnored() {
    t.ignores(
        "agent.py",
        """
        betas = ["computer-use-2025-01-24", "interleaved-thinking-2025-05-14", "context-1m-2025-08-07"]
        tools = [{"type": "computer_20250124", "name": "computer"}, {"type": "bash_20250124", "name": "bash"}]
        """);
  }
}
