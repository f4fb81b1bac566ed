package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * ADR 0108. Before: in code read without a grammar only single comparisons of a stop reason were
 * judged, so a PHP, Swift, Dart or Scala {@code switch}/{@code match} that lets a refusal through
 * was never reported. Now a braced switch is judged like a parsed one.
 */
class LexicalSwitchesTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  @Test
  void aPhpSwitchWithoutRefusalIsReported() {
    t.one(
        "src/Agent.php",
        """
        <?php
        function step(array $reply) {
            switch ($reply['stop_reason']) {
                case 'end_turn':
                    return $this->finish($reply);
                case 'tool_use': // run the tools
                    return $this->runTools($reply);
                default:
                    return null;
            }
        }
        """,
        3,
        "switch on stop_reason (Messages API) handles end_turn, tool_use",
        "refusal");
  }

  @Test
  void aPhpMatchAndADart3SwitchExpressionAreReadArmByArm() {
    t.one(
        "src/Loop.php",
        """
        <?php
        $next = match ($resp['stop_reason']) {
            'end_turn', 'stop_sequence' => 'done',
            'tool_use' => ['tools' => $resp['content']],
        };
        """,
        2,
        "match on stop_reason",
        "refusal");
    t.one(
        "lib/loop.dart",
        """
        final next = switch (resp['stop_reason']) {
          'end_turn' => Step.done,
          'tool_use' => Step.tools,
          _ => Step.retry,
        };
        """,
        1,
        "refusal");
  }

  @Test
  void aSwiftSwitchOnCasesAndAScalaMatchAreReported() {
    t.one(
        "Sources/Chat/Agent.swift",
        """
        struct Reply: Decodable {
            let stopReason: StopReason
            enum CodingKeys: String, CodingKey { case stopReason = "stop_reason" }
        }
        func step(_ response: Reply) {
            switch response.stopReason {
            case .endTurn:
                finish()
            case .toolUse, .maxTokens:
                continueLoop()
            @unknown default:
                break
            }
        }
        """,
        6,
        "end_turn",
        "refusal");
    t.one(
        "src/main/scala/Agent.scala",
        """
        resp("stop_reason") match {
          case "end_turn" => done(resp)
          case "tool_use" => tools(resp)
          case other => log(s"stopped: $other")
        }
        """,
        1,
        "refusal");
  }

  @Test
  void aSwitchWithARefusalCaseOrAFailingDefaultIsNotReported() {
    t.none(
        "src/A.php",
        """
        <?php
        switch ($r['stop_reason']) {
            case 'end_turn': return $r;
            case 'refusal': throw new Refused();
            case 'tool_use': return $this->tools($r);
        }
        """);
    t.none(
        "Sources/B.swift",
        """
        switch response.stopReason {
        case .endTurn: finish()
        case .toolUse: tools()
        default: fatalError("unexpected stop reason")
        }
        """);
    t.none(
        "lib/c.dart",
        """
        switch (resp.stopReason) {
          case 'end_turn':
            return done();
          case 'tool_use':
            return tools();
          default:
            throw StateError('stop reason ${resp.stopReason}');
        }
        """);
  }

  @Test
  void switchesOnOtherValuesNestedBracesAndTestsAreNotReported() {
    // Another provider's finish reasons, and a switch on a mode: not stop reasons.
    t.none(
        "src/D.php",
        "<?php\nswitch ($mode) {\n  case 'fast': $m = 'a'; break;\n  case 'slow': $m = 'b';\n}\n");
    // A nested array's `=>` keys are not arms; the refusal arm is.
    t.none(
        "src/E.php",
        """
        <?php
        $out = match ($r['stop_reason']) {
            'end_turn' => [
                'text' => $r['content'],
                'max_tokens' => 1,
            ],
            'refusal' => null,
            'tool_use' => $this->tools($r),
        };
        """);
    t.none(
        "Tests/AgentTests.swift",
        "switch r.stopReason {\ncase .endTurn: XCTAssert(true)\ncase .toolUse: break\n}\n");
  }
}
