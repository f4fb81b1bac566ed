package dev.claudemigrate.engine.rule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rules.betaheader.BetaHeaderRule;
import dev.claudemigrate.engine.rules.texteditor.TextEditorToolRule;
import dev.claudemigrate.engine.rules.undoedit.UndoEditRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field class "multi-version": code that implements several versions of one tool on purpose (one
 * class per version, selectable tool groups) is reported and never rewritten; the same definition
 * alone in a file is still rewritten.
 */
class ToolVersionSetsTest {
  private static final String COMPUTER_ONE =
      """
      class ComputerTool20241022(BaseComputerTool):
          api_type: Literal["computer_20241022"] = "computer_20241022"
      """;

  private static final String COMPUTER_TWO =
      COMPUTER_ONE
          + """

          class ComputerTool20250124(BaseComputerTool):
              api_type: Literal["computer_20250124"] = "computer_20250124"
          """;

  private static final String EDITOR_ONE =
      """
      Command_20250124 = Literal["view", "create", "str_replace", "insert", "undo_edit"]

      class EditTool20250124:
          api_type: Literal["text_editor_20250124"] = "text_editor_20250124"
          name: Literal["str_replace_editor"] = "str_replace_editor"
      """;

  private static final String EDITOR_TWO =
      EDITOR_ONE
          + """

          Command_20250429 = Literal["view", "create", "str_replace", "insert"]

          class EditTool20250429:
              api_type: Literal["text_editor_20250429"] = "text_editor_20250429"
              name: Literal["str_replace_based_edit_tool"] = "str_replace_based_edit_tool"
          """;

  private static boolean anyEdit(Rule rule, String path, String text) {
    List<Finding> f = new RewriteTester(rule).findings(path, text);
    assertFalse(f.isEmpty(), "reported: " + rule.id());
    return f.stream().anyMatch(Finding::fixable);
  }

  @Test
  void computerToolVersionsSideBySideAreReportedOnly() {
    assertTrue(anyEdit(new BetaHeaderRule(), "tools/computer.py", COMPUTER_ONE));
    assertFalse(anyEdit(new BetaHeaderRule(), "tools/computer.py", COMPUTER_TWO));
  }

  @Test
  void editorVersionsSideBySideKeepTheirTypesNamesAndUndoEdit() {
    assertTrue(anyEdit(new TextEditorToolRule(), "tools/edit.py", EDITOR_ONE));
    assertTrue(anyEdit(new UndoEditRule(), "tools/edit.py", EDITOR_ONE));
    assertFalse(anyEdit(new TextEditorToolRule(), "tools/edit.py", EDITOR_TWO));
    assertFalse(anyEdit(new UndoEditRule(), "tools/edit.py", EDITOR_TWO));
  }

  @Test
  void anOldVersionNamedInACommentDoesNotMakeASet() {
    String src = "# was computer_20250124 before the demo moved on\n" + COMPUTER_ONE;
    assertTrue(anyEdit(new BetaHeaderRule(), "tools/computer.py", src));
  }
}
