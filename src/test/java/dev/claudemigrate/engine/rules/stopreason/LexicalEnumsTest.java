package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 0108. Before: a closed enum of stop reasons in a language read without a grammar (a Swift
 * {@code enum StopReason: String, Decodable}) was not judged; a refusal fails to decode into it.
 */
class LexicalEnumsTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  @Test
  void aSwiftOrPhpEnumWithoutRefusalIsReported() {
    Finding swift =
        t.one(
            "Sources/SDK/StopReason.swift",
            """
        /// Why the model stopped.
        public enum StopReason: String, Decodable, Sendable {
            /// natural end
            case endTurn = "end_turn"
            case maxTokens = "max_tokens"
            case stopSequence = "stop_sequence"
            case toolUse = "tool_use"
        }
        """,
            2,
            "StopReason lists the stop reasons end_turn, max_tokens, stop_sequence, tool_use but not refusal");
    assertTrue(swift.fix().startsWith("Add refusal to StopReason"), swift.fix());
    Finding php =
        t.one(
            "src/StopReason.php",
            """
        <?php
        enum StopReason: string {
            case EndTurn = 'end_turn';
            case MaxTokens = 'max_tokens';
            case ToolUse = 'tool_use';
        }
        """,
            2,
            "cannot be decoded");
    assertEquals(List.of(), php.edits());
  }

  @Test
  void enumsWithRefusalOrACatchAllOrOtherValuesAreNot() {
    t.none(
        "Sources/A.swift",
        "enum StopReason: String, Decodable {\n  case endTurn = \"end_turn\", maxTokens = \"max_tokens\","
            + " toolUse = \"tool_use\", refusal = \"refusal\"\n}\n");
    t.none(
        "Sources/B.swift",
        "enum StopReason: Decodable {\n  case endTurn, maxTokens, toolUse\n  case unknown(String)\n}\n");
    t.none("lib/c.dart", "enum Mode { fast, slow, maxTokens }\n");
    t.none(
        "Tests/StopReasonTests.swift",
        "enum StopReason: String { case endTurn = \"end_turn\", maxTokens, toolUse }\n");
  }
}
