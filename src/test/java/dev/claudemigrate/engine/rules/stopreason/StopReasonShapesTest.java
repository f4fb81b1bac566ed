package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stop-reason code whose shape says what it is when its names do not: a switch on a variable of any
 * name whose cases are stop reasons, an enum that mirrors the API's stop reasons, an if/else on one
 * stop reason whose else is where a normal answer goes.
 */
class StopReasonShapesTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  @Test
  void goSwitchOnAnyVariableWhoseCasesAreStopReasons() {
    String src =
        """
        package llm
        import "github.com/anthropics/anthropic-sdk-go"
        func finish(r string) Finish {
        	switch r {
        	case "end_turn":
        		return Done
        	case "max_tokens":
        		return Truncated
        	case "tool_use":
        		return Tools
        	default:
        		return Unknown
        	}
        }
        """;
    List<Finding> found = t.findings("client.go", src);
    assertEquals(
        List.of(5, 7, 9),
        found.stream().map(f -> f.span().line()).toList(),
        "at each case label that shows it is a stop-reason switch");
    for (Finding f : found) {
      assertTrue(f.message().startsWith("switch on stop_reason (Messages API)"), f.message());
      assertTrue(f.message().contains("no case for refusal"), f.message());
    }
    t.triggeredBy(src);
  }

  @Test
  void sdkConstantsInCasesCountAsStopReasons() {
    List<Finding> found =
        t.findings(
            "client.go",
            """
        package llm
        import "github.com/anthropics/anthropic-sdk-go"
        func finish(msg *anthropic.Message) Finish {
        	switch msg.Kind {
        	case anthropic.StopReasonEndTurn:
        		return Done
        	case anthropic.StopReasonToolUse:
        		return Tools
        	}
        	return Unknown
        }
        """);
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("handles end_turn, tool_use"));
    assertTrue(found.get(0).message().contains("refusal"));
  }

  @Test
  void aSwitchOnSomethingElseIsNotAStopReasonDispatch() {
    t.none(
        "blocks.go",
        """
        package llm
        func kind(block string) int {
        	switch block {
        	case "text":
        		return 1
        	case "tool_use":
        		return 2
        	}
        	return 0
        }
        """);
    t.none(
        "finish.ts",
        """
        switch (choice.finish) {
          case "max_tokens": return cut();
          case "stop_sequence": return done();
        }
        """);
  }

  @Test
  void aDefaultThatAssertsItIsUnreachableFails() {
    String src =
        """
        import anthropic
        def finish(reason: Reason) -> Finish:
            match reason:
                case "end_turn":
                    return Finish.STOP
                case "tool_use":
                    return Finish.TOOLS
                case _:
                    assert_never(reason)
        """;
    t.none("conv.py", src);
    List<Finding> carriesOn =
        t.findings("conv.py", src.replace("assert_never(reason)", "return Finish.STOP"));
    assertEquals(2, carriesOn.size(), carriesOn.toString());
    assertTrue(carriesOn.get(0).message().contains("refusal"), carriesOn.get(0).message());
  }

  @Test
  void kotlinEnumMirroringTheStopReasonsWithoutRefusal() {
    String src =
        """
        @Serializable
        enum class Reason {
            @SerialName("end_turn") END_TURN,
            @SerialName("max_tokens") MAX_TOKENS,
            @SerialName("tool_use") TOOL_USE
        }
        """;
    Finding f = t.one("Api.kt", src, 2, "Reason lists the stop reasons", "but not refusal");
    assertTrue(f.fix().startsWith("Add refusal"), f.fix());
    t.triggeredBy(src);
    t.none(
        "Api.kt", src.replace("TOOL_USE\n", "TOOL_USE,\n    @SerialName(\"refusal\") REFUSAL\n"));
    t.none("Api.kt", src.replace("TOOL_USE\n", "TOOL_USE,\n    UNKNOWN\n"));
  }

  @Test
  void javaTypescriptAndPythonEnums() {
    t.one(
        "Stop.java",
        "enum Stop { END_TURN, MAX_TOKENS, STOP_SEQUENCE, TOOL_USE }\n",
        1,
        "Stop lists the stop reasons");
    t.one(
        "stop.ts",
        """
        export enum StopReason {
          EndTurn = "end_turn",
          MaxTokens = "max_tokens",
          ToolUse = "tool_use",
        }
        """,
        1,
        "StopReason lists the stop reasons");
    t.one(
        "stop.py",
        """
        class StopReason(str, Enum):
            END_TURN = "end_turn"
            MAX_TOKENS = "max_tokens"
            TOOL_USE = "tool_use"
        """,
        1,
        "but not refusal");
    t.none(
        "stop.py",
        """
        class Finish:
            END_TURN = "end_turn"
            MAX_TOKENS = "max_tokens"
            TOOL_USE = "tool_use"
        """);
    t.none("Color.java", "enum Color { RED, GREEN, BLUE }\n");
  }

  @Test
  void converseIfElseOnToolUseLetsARefusalThroughTheElse() {
    String src =
        """
        async function turn(client, input) {
          const response = await client.send(new ConverseCommand(input))
          if (response.stopReason === 'tool_use' && tools) {
            return runTools(response)
          } else {
            try {
              await save(response.output)
            } catch (e) {
              logger.error('save failed', e)
              throw new Error('save failed')
            }
          }
        }
        """;
    t.one("agent.ts", src, 3, "stopReason (Converse) compared with tool_use");
    t.none("agent.ts", src.replace("} else {\n", "} else {\n    throw new Refused(response)\n"));
  }
}
