package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A default/else that does exactly what the end_turn arm does handles no unknown value: a refusal
 * lands there and passes as a normal answer.
 */
class EchoedDefaultTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  private static final String GO_CHAIN =
      """
      package chat

      import "github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"

      func finish(out *types.ConverseStreamOutputMemberMessageStop) (bool, bool) {
      	reason := out.Value.StopReason
      	tools, done := false, false
      	if reason == types.StopReasonToolUse {
      		tools = true
      	} else if reason == types.StopReasonEndTurn || reason == types.StopReasonMaxTokens {
      		done = true // normal answer
      	} else {
      		// anything else
      		done = true
      	}
      	return tools, done
      }
      """;

  @Test
  void anElseThatCopiesTheEndTurnArmIsNoDefault() {
    List<Finding> found = t.findings("chat.go", GO_CHAIN);
    assertEquals(List.of(8, 10), found.stream().map(f -> f.span().line()).toList());
    assertTrue(
        found.get(0).message().contains("its default does exactly what the end_turn branch does"),
        found.get(0).message());
    assertTrue(found.get(0).fix().contains("types.StopReasonContentFiltered"), found.get(0).fix());
  }

  @Test
  void anElseThatDoesSomethingElseStillHandlesUnknownValues() {
    t.none("chat.go", GO_CHAIN.replace("// anything else\n\t\tdone = true", "done = false"));
    t.none("chat.go", GO_CHAIN.replace("// anything else\n\t\tdone = true", "return false, false"));
  }

  private static final String GO_SWITCH =
      """
      package chat

      import "github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"

      func text(resp *Response) (string, error) {
      	switch resp.StopReason {
      	case types.StopReasonToolUse:
      		return "", errTools
      	case types.StopReasonEndTurn:
      		return resp.Text, nil
      	default:
      		return resp.Text, nil
      	}
      }
      """;

  @Test
  void aSwitchDefaultThatCopiesTheEndTurnCase() {
    assertEquals(List.of(6, 7, 9), lines("chat.go", GO_SWITCH));
    t.none(
        "chat.go",
        GO_SWITCH.replace("default:\n\t\treturn resp.Text, nil", "default:\n\t\treturn \"\", nil"));
  }

  @Test
  void aPythonMatchAndAJavaSwitchToo() {
    String python =
        """
        import anthropic
        def text(resp):
            match resp.stop_reason:
                case "tool_use":
                    return None
                case "end_turn":
                    return resp.content[0].text
                case _:
                    return resp.content[0].text
        """;
    // A Messages API default that does not fail was reported already; the echo adds nothing.
    assertEquals(List.of(3, 4, 6), lines("chat.py", python));
    t.none(
        "chat.py",
        python.replace(
            "case _:\n            return resp.content[0].text",
            "case _:\n            raise ValueError(resp.stop_reason)"));
    String java =
        """
        import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
        class Chat {
          String text(StopReason reason, String answer) {
            switch (reason) {
              case TOOL_USE:
                return null;
              case END_TURN:
                log("done");
                break;
              default:
                log("done");
            }
            return answer;
          }
        }
        """;
    assertEquals(List.of(5, 7), lines("Chat.java", java));
    t.none(
        "Chat.java",
        java.replace("default:\n        log(\"done\");", "default:\n        log(\"other\");"));
  }

  private List<Integer> lines(String path, String text) {
    return t.findings(path, text).stream().map(f -> f.span().line()).toList();
  }
}
