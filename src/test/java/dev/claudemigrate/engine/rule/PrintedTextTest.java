package dev.claudemigrate.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rules.betaheader.BetaHeaderRule;
import dev.claudemigrate.engine.rules.texteditor.TextEditorToolRule;
import dev.claudemigrate.engine.source.SourceFiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Holdout16's first run: a library's examples print what it did to the request ({@code
 * fmt.Println(" bash_20241022 -> bash_20250124")}, {@code "anthropic_beta header added:
 * computer-use-2025-01-24"}); those sentences were errors and warnings, as if they sent the values.
 * A tool type or beta among other words of a printed string is now information and never edited;
 * the same value as a request's whole string is judged as before.
 */
class PrintedTextTest {
  private static final Catalog CATALOG = Catalog.builtin();
  private static final RuleContext CTX =
      new RuleContext(
          CATALOG,
          CATALOG.target("sonnet-4.6").orElseThrow(),
          MigrationSettings.defaults(),
          Optional.empty());

  private static List<Finding> check(Rule rule, String path, String text) {
    return rule.check(SourceFiles.fromText(path, text), CTX);
  }

  @Test
  void upgradeNotesAndLogLinesAreInformation() {
    String go =
        """
        package main

        func main() {
        \tfmt.Println("  text_editor_20241022 -> text_editor_20250728")
        \tfmt.Println("  anthropic_beta header added: computer-use-2025-01-24")
        \tfmt.Fprintln(os.Stderr, "bash_20241022 was upgraded")
        }
        """;
    List<Finding> editor = check(new TextEditorToolRule(), "examples/editor/main.go", go);
    List<Finding> beta = check(new BetaHeaderRule(), "examples/editor/main.go", go);
    assertFalse(editor.isEmpty());
    assertFalse(beta.isEmpty());
    for (Finding f : concat(editor, beta)) {
      assertEquals(Severity.INFO, f.severity(), f::toString);
      assertTrue(f.edits().isEmpty(), f::toString);
    }
    String py = "logger.info(f\"sending {n} tools with beta computer-use-2024-10-22\")\n";
    Finding f = check(new BetaHeaderRule(), "agent/loop.py", py).get(0);
    assertEquals(Severity.INFO, f.severity());
    assertTrue(f.edits().isEmpty(), f::toString);
    String js = "console.log(`tool text_editor_20250124 is deprecated`);\n";
    assertEquals(Severity.INFO, check(new TextEditorToolRule(), "src/a.ts", js).get(0).severity());
  }

  @Test
  void valuesSentOrPrintedAloneAreJudgedAsBefore() {
    String py =
        """
        tools = [{"type": "text_editor_20241022", "name": "str_replace_editor"}]
        print("text_editor_20241022")
        label = "using text_editor_20241022 now"
        header = fmt.Sprintf("anthropic-beta: %s", "computer-use-2024-10-22")
        """;
    List<Finding> editor = check(new TextEditorToolRule(), "agent/tools.py", py);
    assertTrue(
        editor.stream()
            .filter(f -> f.span().line() <= 3)
            .allMatch(f -> f.severity() != Severity.INFO),
        editor::toString);
    assertFalse(editor.get(0).edits().isEmpty(), editor::toString);
    Finding beta = check(new BetaHeaderRule(), "agent/tools.py", py).get(0);
    assertEquals(4, beta.span().line());
    assertTrue(beta.severity() != Severity.INFO, beta::toString);
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
