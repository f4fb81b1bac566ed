package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holdout16's first run: an agent loop sent the computer-use beta from one file while its computer
 * and bash tools were defined in others. The beta rule looked in the loop's file only, said the
 * beta "served only the text editor here" and that the target needs no beta, and left it: the
 * rewritten tools then went out with the old beta. Now a computer or bash tool anywhere in the
 * project (outside its prose) keeps the beta a computer-use beta, replaced by the target's.
 */
class ProjectToolsTest {
  private static final Catalog CATALOG = Catalog.builtin();

  @TempDir Path root;

  private void write(String rel, String text) throws IOException {
    Files.createDirectories(root.resolve(rel).getParent());
    Files.writeString(root.resolve(rel), text);
  }

  private Finding betaFinding() {
    ScanRequest request =
        ScanRequest.defaults(root, CATALOG, CATALOG.target("sonnet-4.6").orElseThrow());
    return new Scanner(BuiltinRules.all())
        .scan(request).findings().stream()
            .filter(f -> f.path().endsWith("loop.py") && f.ruleId().equals("beta-header"))
            .findFirst()
            .orElseThrow();
  }

  private static final String LOOP =
      """
      from .tools import ToolCollection
      BETA = "computer-use-2024-10-22"

      def call(client, tools):
          return client.beta.messages.create(betas=[BETA], tools=tools.to_params())
      """;

  @Test
  void aComputerToolInAnotherFileKeepsTheBetaAndReplacesIt() throws IOException {
    write("agent/loop.py", LOOP);
    write(
        "agent/tools/computer.py",
        "class ComputerTool:\n    api_type = \"computer_20241022\"\n    name = \"computer\"\n");
    Finding f = betaFinding();
    assertTrue(f.message().contains("tools remain in this project"), f.message());
    assertEquals("computer-use-2025-11-24", f.edits().get(0).replacement());
  }

  @Test
  void withTheTextEditorAloneTheBetaIsStillDropped() throws IOException {
    write("agent/loop.py", LOOP);
    write(
        "agent/tools/edit.py",
        "class EditTool:\n    api_type = \"text_editor_20241022\"\n    name = \"str_replace_editor\"\n");
    write("README.md", "The demo once used computer_20241022 and bash_20241022.\n");
    Finding f = betaFinding();
    assertTrue(f.message().contains("served only the text editor"), f.message());
  }

  @Test
  void aToolTypeIsAWordWithEightDigits() {
    assertTrue(namesTool("t = {'type': 'bash_20250124'}"));
    assertTrue(namesTool("computer_20241022"));
    assertFalse(namesTool("my_computer_20241022"));
    assertFalse(namesTool("computer_2024102"));
    assertFalse(namesTool("bash_202410221"));
    assertFalse(namesTool("run_bash_tool()"));
  }

  private static boolean namesTool(String s) {
    return ProjectTools.namesTool(s.getBytes(StandardCharsets.UTF_8));
  }
}
