package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holdout17's first run: an agent's own text editor dispatched {@code undo_edit} in one file while
 * another file typed the editor as any of several versions, older ones that still send the command
 * among them. The handler's file names no version, so the undo-edit rule removed the branch. Now a
 * file of the project implementing several text-editor versions keeps every undo-edit finding
 * report-only (ADR 0115). Snippets of our own.
 */
class ProjectToolVersionsTest {
  @TempDir Path root;

  private void write(String rel, String text) throws IOException {
    new ProjectDir(root).write(rel, text);
  }

  private List<Finding> undoFindings() {
    return new ProjectDir(root).findings("agent/editor.py", "undo-edit");
  }

  private static final String EDITOR =
      """
      class Editor:
          def handle(self, command, path, **kw):
              if command == "str_replace":
                  return self.replace(path, **kw)
              elif command == "undo_edit":
                  return self.undo(path)
              raise ToolError(f"unknown command {command}")
      """;

  @Test
  void severalEditorVersionsInAnotherFileKeepTheDispatchBranch() throws IOException {
    write("agent/editor.py", EDITOR);
    write(
        "agent/types.py",
        "from typing import Literal\n\n"
            + "EditorType = Literal[\"text_editor_20250124\", \"text_editor_20250728\"]\n");
    List<Finding> f = undoFindings();
    assertFalse(f.isEmpty());
    assertTrue(f.stream().noneMatch(Finding::fixable), f.toString());
    assertTrue(f.get(0).fix().contains("several text_editor versions"), f.get(0).fix());
  }

  /** Before and after alike: one version in the project, the branch is removed. */
  @Test
  void oneEditorVersionLeavesTheRemoval() throws IOException {
    write("agent/editor.py", EDITOR);
    write("agent/tools.py", "TOOLS = [{\"type\": \"text_editor_20250124\", \"name\": \"e\"}]\n");
    write("README.md", "We moved from text_editor_20241022 to text_editor_20250124.\n");
    List<Finding> f = undoFindings();
    assertEquals(1, f.stream().filter(Finding::fixable).count(), f.toString());
  }
}
