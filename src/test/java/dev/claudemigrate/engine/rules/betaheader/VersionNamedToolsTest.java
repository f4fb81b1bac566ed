package dev.claudemigrate.engine.rules.betaheader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.ReportTester;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.rules.texteditor.TextEditorToolRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 0108. Before: a library enum whose case is named for a legacy tool version ({@code case
 * bash20241022 = "bash_20241022"}) had its value rewritten, leaving a case named for one version
 * that sends another, while the initialiser defaulting to {@code .bash20241022} went unreported.
 * Now a value that belongs to a declaration named for its version is reported, not rewritten, and
 * names spelling a legacy version are reported.
 */
class VersionNamedToolsTest {
  private final ReportTester beta = new ReportTester(new BetaHeaderRule(), "sonnet-4.6");
  private final ReportTester editor = new ReportTester(new TextEditorToolRule(), "sonnet-4.6");

  private static final String SWIFT =
      """
      public struct BashTool: Encodable {
          public enum BashType: String, Encodable {
              case bash20241022 = "bash_20241022"
          }
          public let type: BashType
          public init(type: BashType = .bash20241022, name: String) {
              self.type = type
          }
      }
      """;

  @Test
  void aValueOfACaseNamedForItsVersionIsReportedNotRewritten() {
    List<Finding> all = beta.findings("Sources/Tool/BashTool.swift", SWIFT);
    Finding value =
        all.stream().filter(f -> f.matched().equals("bash_20241022")).findFirst().orElseThrow();
    assertEquals(3, value.span().line());
    assertTrue(value.edits().isEmpty(), value.fix());
    assertTrue(value.fix().contains("named for the old one"), value.fix());
  }

  @Test
  void aDefaultNamingTheLegacyVersionIsReported() {
    Finding use =
        beta.one(
            "Sources/Agent.swift",
            "let tool = BashTool(type: .bash20241022, name: \"bash\")\n",
            1,
            "bash20241022 is named for the bash_20241022 tool",
            "bash_20250124");
    assertTrue(use.edits().isEmpty());
    editor.one(
        "src/Tools.java",
        "var t = EditorVersions.TEXT_EDITOR_20250124;\n",
        1,
        "TEXT_EDITOR_20250124 is named for the text_editor_20250124 tool");
    beta.one("lib/tools.rb", "TOOLS = [Tools::Computer20241022.new]\n", 1, "computer_20241022");
  }

  @Test
  void plainTypeValuesAreStillRewrittenAndOtherNamesAreNotReported() {
    new RewriteTester(new BetaHeaderRule(), MigrationSettings.defaults(), "sonnet-4.6")
        .rewrites(
            "agent.swift",
            "let tool = [\"type\": \"bash_20241022\", \"name\": \"bash\"]\n",
            "let tool = [\"type\": \"bash_20250124\", \"name\": \"bash\"]\n");
    // A model ID's date and the current version's name are not legacy tool names.
    beta.none(
        "a.swift",
        "let m = \"claude-3-5-sonnet-20241022\" // bash20241022 was the old one\n"
            + "let t: BashType = .bash20250124\n");
  }
}
