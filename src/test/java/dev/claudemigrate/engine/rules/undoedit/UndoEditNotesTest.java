package dev.claudemigrate.engine.rules.undoedit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.rule.RewriteTester;
import org.junit.jupiter.api.Test;

/** Comments and prose that say undo_edit is gone are already right; other mentions are reported. */
class UndoEditNotesTest {
  private final RewriteTester t = new RewriteTester(new UndoEditRule());

  @Test
  void commentsSayingUndoEditWasRemovedAreNotReported() {
    t.ignores(
        "editor.py",
        """
        # undo_edit was removed in Claude 4, so there is no branch for it
        # Claude 4's editor has no undo_edit command.
        def handle(command):
            return COMMANDS[command]
        """);
    t.ignores(
        "Editor.java", "// undo_edit is not supported by text_editor_20250728\nclass Editor {}\n");
  }

  @Test
  void aCommentThatStillAdvertisesUndoEditIsReported() {
    assertEquals(
        1, t.reportsOnly("editor.py", "# commands: view, create, undo_edit\nX = 1\n", 1).size());
  }

  @Test
  void proseInDocsSayingItIsGoneIsNotReported() {
    t.ignores("docs/tools.md", "The `undo_edit` command is no longer available on Claude 4.\n");
  }
}
