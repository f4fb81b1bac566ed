package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * ADR 0108. Before: a model constant of a library the catalog does not list, spelled without a date
 * ({@code model: .claude_3_5_Sonnet}, {@code Models.Claude3_5Sonnet}), was not seen, so a project
 * that picks its model through such a constant looked clean. Now a member access naming a replaced
 * model by family and version is reported, never rewritten.
 */
class NamedModelConstantsTest {
  private final ReportTester t = new ReportTester(new ModelIdRule(), "sonnet-4.6");

  @Test
  void undatedConstantsOfEachSpellingAreReported() {
    Finding swift =
        t.one(
            "Sources/App/ChatViewModel.swift",
            "final class Chat {\n  init(model: Model = .claude_3_5_Sonnet) {}\n}\n",
            2,
            "Claude 3.5 Sonnet (constant claude_3_5_Sonnet) is replaced by Claude Sonnet 4.6");
    assertEquals(Severity.INFO, swift.severity());
    assertTrue(swift.edits().isEmpty());
    t.one(
        "sandbox/Program.cs",
        "var r = new MessageRequest { Model = Claudia.Models.Claude3_5Sonnet, MaxTokens = 1024 };\n",
        1,
        "constant Claude3_5Sonnet");
    t.one(
        "Examples/Chat.swift",
        "let model: BedrockModel = .claudev3_7_sonnet\n",
        1,
        "Claude 3.7 Sonnet");
    t.one("Examples/Out.swift", "let model: BedrockModel = .claude_sonnet_v4_5\n", 1, "Sonnet 4.5");
    t.one("Agent.java", "var m = Models.CLAUDE_SONNET_4;\n", 1, "Claude Sonnet 4 ");
  }

  /**
   * Holdout16's first run: a Rust library's default set through a path to its own undated constant
   * ({@code anthropic_model::CLAUDE_3_5_SONNET}) was not seen; PHP and C++ write the same path with
   * {@code ::}.
   */
  @Test
  void pathsToAConstantAreReported() {
    Finding rust =
        t.one(
            "core/src/provider/config.rs",
            "pub const DEFAULT_MODEL: &str = models::CLAUDE_3_5_SONNET;\n",
            1,
            "Claude 3.5 Sonnet (constant CLAUDE_3_5_SONNET) is replaced by Claude Sonnet 4.6");
    assertEquals(Severity.INFO, rust.severity());
    assertTrue(rust.edits().isEmpty());
    t.one("src/Chat.php", "$r = $client->send(Model::Claude37Sonnet, $msgs);\n", 1, "Claude 3.7");
    t.one("src/chat.cpp", "auto m = bedrock::Models::CLAUDE_SONNET_4;\n", 1, "Claude Sonnet 4 ");
    t.none(
        "src/lib.rs",
        """
        let fast = models::CLAUDE_3_5_HAIKU;
        let best = models::CLAUDE_SONNET_4_6;
        let c = client::claude_client();
        """);
  }

  /** Holdout14's first run: docs that pick such a constant in a code sample were not reported. */
  @Test
  void documentationThatPicksAConstantIsInformation() {
    Finding doc =
        t.one(
            "docs/agent/bedrock.md",
            "# Agents\n\n```scala\nval agent = LLMAgent(model = LLM.Claude3Sonnet)\n```\n",
            4,
            "Claude 3 Sonnet (constant Claude3Sonnet)");
    assertEquals(Severity.INFO, doc.severity());
  }

  @Test
  void anotherFamilyGetsItsOwnSuccessor() {
    Finding opus =
        t.one("Sources/Batch.swift", "func batch(model: Model = .claude_3_Opus) {}\n", 1, "Opus");
    assertTrue(opus.fix().contains("Opus"), opus.fix());
  }

  @Test
  void liveModelsDatedConstantsDefinitionsStringsAndCommentsAreNotThisClass() {
    t.none(
        "Sources/A.swift",
        """
        enum Model: String {
            case claude_3_5_Sonnet
            case claude_sonnet_4_6
        }
        let fast: Model = .claude_haiku_4_5
        let best: Model = .claude_sonnet_4_6
        // was .claude_3_5_Sonnet
        let label = "use .claude_3_7_sonnet"
        let profiles = settings.claudeProfiles
        """);
  }
}
