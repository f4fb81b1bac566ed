package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class StopReasonRuleTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  @Test
  void pythonIfChainWithoutRefusal() {
    String src =
        """
        def handle(result):
            if result["stop_reason"] == "end_turn":
                return result["content"][0]["text"]
            elif result["stop_reason"] in ("max_tokens", "tool_use"):
                return continue_turn(result)
        """;
    Finding f =
        t.at(
            "a.py",
            src,
            List.of(2, 4),
            "if on stop_reason (Messages API) handles end_turn, max_tokens, tool_use",
            "no case for refusal",
            "new in Claude 4");
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.matched().startsWith("if result[\"stop_reason\"] == \"end_turn\""));
    assertTrue(f.fix().contains("remove or rephrase the refused user turn"));
    assertTrue(f.fix().startsWith("Add a branch for \"refusal\""), f.fix());
    t.triggeredBy(src);
  }

  @Test
  void pythonElseThatCarriesOnIsStillAFinding() {
    t.one(
        "a.py",
        """
        if resp.stop_reason == "tool_use":
            run_tools(resp)
        else:
            print(resp.content[0].text)
        """,
        1,
        "stop_reason (Messages API) compared with tool_use",
        "refusal takes the same path as end_turn");
  }

  @Test
  void pythonNegatives() {
    t.none(
        "a.py",
        """
        if resp.stop_reason == "refusal":
            drop_last_turn()
        elif resp.stop_reason == "tool_use":
            run_tools(resp)
        """);
    t.none(
        "a.py",
        """
        if resp.stop_reason == "tool_use":
            run_tools(resp)
        elif resp.stop_reason == "end_turn":
            done(resp)
        else:
            raise RuntimeError(resp.stop_reason)
        """);
    t.none(
        "a.py",
        """
        if resp.stop_reason != "end_turn":
            raise Incomplete(resp)
        """);
    t.none(
        "a.py",
        """
        if resp.stop_reason == "end_turn":
            return resp
        else:
            return None
        """);
    t.none(
        "a.py",
        """
        if kind == "end_turn" or kind == "tool_use":  # stop_reason only in this comment
            pass
        """);
  }

  @Test
  void pythonMatchOnConverseStopReason() {
    t.at(
        "a.py",
        """
        match response["stopReason"]:
            case "end_turn":
                return text
            case "tool_use" | "max_tokens":
                return more()
        """,
        List.of(1, 2, 4),
        "match on stopReason (Converse) handles end_turn, tool_use, max_tokens",
        "content_filtered or guardrail_intervened",
        "no default");
    t.none(
        "a.py",
        """
        match response["stopReason"]:
            case "end_turn":
                return text
            case _:
                return refused()
        """);
    t.none(
        "a.py",
        """
        match response["stopReason"]:
            case "end_turn" | "content_filtered" | "guardrail_intervened":
                pass
            case other:
                log(other)
        """);
  }

  @Test
  void javaConverseSwitch() {
    t.at(
        "Chat.java",
        """
        class Chat {
          String reply(ConverseResponse resp) {
            switch (resp.stopReason()) {
              case END_TURN:
                return text(resp);
              case TOOL_USE:
                return tools(resp);
              case MAX_TOKENS:
                return truncated(resp);
            }
            return null;
          }
        }
        """,
        List.of(3, 4, 6, 8),
        "switch on stopReason (Converse) handles end_turn, tool_use, max_tokens",
        "content_filtered or guardrail_intervened");
    t.none(
        "Chat.java",
        """
        class Chat {
          String reply(ConverseResponse resp) {
            return switch (resp.stopReason()) {
              case END_TURN -> text(resp);
              default -> throw new RefusalException(resp.stopReasonAsString());
            };
          }
        }
        """);
  }

  @Test
  void javaMessagesIfChainWithAnthropicSdk() {
    t.at(
        "Msg.java",
        """
        import com.anthropic.models.messages.StopReason;
        class Msg {
          void on(Message m) {
            if (m.stopReason().equals(Optional.of(StopReason.END_TURN))) {
              done();
            } else if (m.stopReason().equals(Optional.of(StopReason.TOOL_USE))) {
              tools();
            }
          }
        }
        """,
        List.of(4, 6),
        "stop_reason (Messages API) handles end_turn, tool_use",
        "refusal");
  }

  @Test
  void javascriptAndTypescriptSwitch() {
    String js =
        """
        function handle(body) {
          switch (body.stop_reason) {
            case "end_turn":
              return body.content;
            case "tool_use":
              return runTools(body);
            default:
              return body.content;
          }
        }
        """;
    t.at(
        "a.js",
        js,
        List.of(2, 3, 5),
        "switch on stop_reason (Messages API) handles end_turn, tool_use",
        "default branch does not fail");
    t.at("a.ts", js.replace("(body)", "(body: any)"), List.of(2, 3, 5), "refusal");
    t.none(
        "a.ts",
        js.replace("return body.content;\n  }", "throw new Error(body.stop_reason);\n  }")
            .replace(
                "default:\n      return body.content;",
                "default:\n      throw new Error(body.stop_reason);"));
    t.none(
        "a.js",
        js.replace(
            "case \"tool_use\":",
            "case \"refusal\":\n      return retry();\n    case \"tool_use\":"));
  }

  @Test
  void typescriptConverseIfChain() {
    t.at(
        "c.ts",
        """
        const out = await client.send(new ConverseCommand(input));
        if (out.stopReason === "end_turn") {
          show(out);
        } else if (out.stopReason === "max_tokens") {
          warn(out);
        }
        """,
        List.of(2, 4),
        "if on stopReason (Converse) handles end_turn, max_tokens",
        "content_filtered");
  }

  @Test
  void goConverseSwitch() {
    String go =
        """
        package main

        func handle(out *bedrockruntime.ConverseOutput) {
        	switch out.StopReason {
        	case types.StopReasonEndTurn:
        		show(out)
        	case types.StopReasonToolUse, types.StopReasonMaxTokens:
        		more(out)
        	}
        }
        """;
    Finding f =
        t.at(
            "main.go",
            go,
            List.of(4, 5, 7),
            "switch on stopReason (Converse) handles end_turn, tool_use, max_tokens",
            "content_filtered or guardrail_intervened");
    assertTrue(
        f.fix().contains("types.StopReasonContentFiltered and types.StopReasonGuardrailIntervened"),
        f.fix());
    t.none("main.go", go.replace("\t}\n}", "\tdefault:\n\t\tpanic(out.StopReason)\n\t}\n}"));
    t.none(
        "main.go",
        go.replace(
            "types.StopReasonToolUse,",
            "types.StopReasonContentFiltered, types.StopReasonGuardrailIntervened, types.StopReasonToolUse,"));
  }

  @Test
  void kotlinWhen() {
    String kt =
        """
        fun handle(resp: ConverseResponse) {
            when (resp.stopReason) {
                StopReason.EndTurn -> show(resp)
                StopReason.ToolUse -> tools(resp)
            }
        }
        """;
    t.at(
        "Chat.kt",
        kt,
        List.of(2, 3, 4),
        "when on stopReason (Converse) handles end_turn, tool_use",
        "content_filtered");
    t.none(
        "Chat.kt",
        kt.replace(
            "StopReason.ToolUse -> tools(resp)",
            "StopReason.ToolUse -> tools(resp)\n        else -> error(\"refused: ${resp.stopReason}\")"));
    t.none(
        "Chat.kt",
        kt.replace("StopReason.ToolUse -> tools(resp)", "is StopReason.SdkUnknown -> refused()"));
  }

  @Test
  void kotlinIfChainOnMessagesBody() {
    t.at(
        "Body.kt",
        """
        fun handle(json: JsonObject) {
            val sr = json["stop_reason"]?.jsonPrimitive?.content
            if (json["stop_reason"]?.jsonPrimitive?.content == "end_turn") {
                show(json)
            } else if (json["stop_reason"]?.jsonPrimitive?.content == "max_tokens") {
                more(json)
            }
        }
        """,
        List.of(3, 5),
        "if on stop_reason (Messages API) handles end_turn, max_tokens",
        "refusal");
  }
}
