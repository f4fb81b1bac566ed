package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field class of issue 9 (holdout4): a branch on a stop reason was reported at its head only, so
 * the arms a reader edits (where a refusal arm goes next to them) were not covered; a switch on a
 * vaguely named variable was reported at its arms only. Now every dispatch is reported at its head
 * when the head names a stop reason, and at each arm that tests a stop value other than a refusal,
 * in every language, as guard runs already were.
 */
class BranchArmsTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  private static final String KOTLIN_SDK_WHEN =
      """
      import com.anthropic.models.Message
      import com.anthropic.models.Message.StopReason.Companion.END_TURN
      import com.anthropic.models.Message.StopReason.Companion.TOOL_USE

      fun finish(m: Message): Finish? =
          when (m.stopReason().orElse(null)) {
              END_TURN -> Finish.DONE
              TOOL_USE -> Finish.TOOLS
              null -> null
              else -> Finish.OTHER
          }
      """;

  @Test
  void kotlinWhenOnTheSdkStopReasonIsReportedAtItsHeadAndItsNamedArms() {
    // Before: only line 6, the head.
    t.at(
        "Finish.kt",
        KOTLIN_SDK_WHEN,
        List.of(6, 7, 8),
        "when on stop_reason (Messages API) handles end_turn, tool_use",
        "no case for refusal",
        "its default branch does not fail, so a refusal is treated as whatever that branch does");
    List<Finding> found = t.findings("Finish.kt", KOTLIN_SDK_WHEN);
    assertEquals("END_TURN", found.get(1).matched());
    assertTrue(found.get(0).fix().contains("REFUSAL"), found.get(0).fix());
  }

  @Test
  void aWhenThatHandlesTheRefusalOrFailsOnUnknownValuesIsQuiet() {
    t.none(
        "Finish.kt",
        KOTLIN_SDK_WHEN.replace("null -> null", "REFUSAL -> Finish.REFUSED\n        null -> null"));
    t.none(
        "Finish.kt",
        KOTLIN_SDK_WHEN.replace("else -> Finish.OTHER", "else -> error(\"stop reason $it\")"));
  }

  @Test
  void anArmThatHandlesARefusalGetsNoFinding() {
    // A Converse switch with content_filtered but no guardrail_intervened and no default.
    String go =
        """
        package chat

        import "github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"

        func finish(out *types.MessageStopEvent) string {
        	switch out.StopReason {
        	case types.StopReasonEndTurn:
        		return "done"
        	case types.StopReasonContentFiltered:
        		return "blocked"
        	}
        	return ""
        }
        """;
    t.at("chat.go", go, List.of(6, 7), "no case for guardrail_intervened");
  }

  @Test
  void anIfChainWhoseHeadTestsSomethingElseIsReportedAtItsStopArms() {
    // Before: the finding was on "if err != nil", which says nothing about stop reasons.
    String go =
        """
        package chat

        import "github.com/anthropics/anthropic-sdk-go"

        func finish(resp *anthropic.Message, err error) string {
        	if err != nil {
        		return ""
        	} else if resp.StopReason == "end_turn" {
        		return resp.Text
        	} else if resp.StopReason == "max_tokens" {
        		return resp.Text + "..."
        	}
        	return ""
        }
        """;
    t.at("chat.go", go, List.of(8, 10), "if on stop_reason (Messages API)", "refusal");
  }

  @Test
  void theSameBranchIsPlacedAlikeInEveryLanguage() {
    String python =
        """
        import anthropic
        def finish(resp):
            match resp.stop_reason:
                case "end_turn":
                    return resp.content
                case "tool_use":
                    return run_tools(resp)
        """;
    String java =
        """
        import com.anthropic.models.messages.StopReason;
        class Finish {
          String of(Message m) {
            switch (m.stopReason().orElseThrow().known()) {
              case END_TURN: return m.text();
              case TOOL_USE: return tools(m);
            }
            return null;
          }
        }
        """;
    String ts =
        """
        import Anthropic from "@anthropic-ai/sdk";
        function finish(resp: Anthropic.Message) {
          switch (resp.stop_reason) {
            case "end_turn": return resp.content;
            case "tool_use": return runTools(resp);
          }
        }
        """;
    assertEquals(List.of(3, 4, 6), lines("finish.py", python));
    assertEquals(List.of(4, 5, 6), lines("Finish.java", java));
    assertEquals(List.of(3, 4, 5), lines("finish.ts", ts));
    t.none(
        "finish.py", python + "        case _:\n            raise ValueError(resp.stop_reason)\n");
  }

  private List<Integer> lines(String path, String text) {
    return t.findings(path, text).stream().map(f -> f.span().line()).toList();
  }
}
