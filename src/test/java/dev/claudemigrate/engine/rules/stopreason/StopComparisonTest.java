package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single comparisons of a stop reason outside a dispatch, and the target's own stop reasons. */
class StopComparisonTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  @Test
  void pythonLoopsAndFlagsThatLetARefusalEndTheTurn() {
    String before =
        """
        import anthropic
        def run(resp):
            while resp.stop_reason == "tool_use":
                resp = step(resp)
            should_continue = resp.stop_reason == "max_tokens"
            if resp.stop_reason == "stop_sequence":
                log("stopped")
            return resp.content[0].text
        """;
    List<Finding> found = t.findings("a.py", before);
    assertEquals(List.of(3, 5, 6), found.stream().map(f -> f.span().line()).toList());
    Finding loop = found.get(0);
    assertEquals("resp.stop_reason == \"tool_use\"", loop.matched());
    assertTrue(
        loop.message()
            .startsWith(
                "stop_reason (Messages API) compared with tool_use: refusal takes the same"),
        loop.message());
    assertTrue(loop.fix().startsWith("Test for \"refusal\" before this"), loop.fix());
    String after =
        """
        import anthropic
        def run(resp):
            if resp.stop_reason == "refusal":
                raise Refused(resp)
            while resp.stop_reason == "tool_use":
                resp = step(resp)
            if resp.stop_reason != "end_turn":
                raise Incomplete(resp)
            return resp.content[0].text
        """;
    // The refusal test comes first in the function but is a statement of its own: the loop's
    // comparison alone still lets a refusal end the loop, so only the negated end_turn test and
    // the refusal test are quiet.
    assertEquals(List.of(5), t.findings("a.py", after).stream().map(f -> f.span().line()).toList());
  }

  /**
   * Before: the AWS SDK for Rust's Converse field {@code stop_reason} was taken for the Messages
   * API's by its spelling, and the advice named "refusal", which Converse never returns. A {@code
   * StopReason::} value is Converse's.
   */
  @Test
  void aRustConverseComparisonGetsConverseAdvice() {
    String text =
        """
        use aws_sdk_bedrockruntime::types::{ConverseStreamOutput, StopReason};
        fn on_stop(event: MessageStopEvent) {
            if event.stop_reason == StopReason::ToolUse {
                run_tools();
            }
        }
        """;
    Finding f = t.findings("src/chat.rs", text).get(0);
    assertTrue(f.message().startsWith("stopReason (Converse) compared with tool_use"), f.message());
  }

  @Test
  void negatedTestThatTreatsEverythingElseAsTheAnswer() {
    t.one(
        "a.py",
        """
        if response.stop_reason != "tool_use":
            print_final(response)
        """,
        1,
        "compared with tool_use");
    t.none(
        "a.py",
        """
        if response.stop_reason != "tool_use":
            raise RuntimeError(response.stop_reason)
        """);
  }

  @Test
  void quietWhereARefusalHasAPathOfItsOwn() {
    t.none(
        "a.py",
        """
        if resp.stop_reason == "end_turn":
            return resp.content[0].text
        """);
    t.none(
        "a.py",
        """
        if resp.stop_reason == "refusal":
            drop_last_turn()
        """);
    t.none(
        "a.py",
        """
        if resp.stop_reason == "tool_use":
            run_tools(resp)
        else:
            raise Unexpected(resp.stop_reason)
        """);
    t.none("test_a.py", "assert resp.stop_reason == \"tool_use\"\n");
    t.none("a.py", "if 'stop_reason' in chunk['delta']:\n    pass\n");
    t.none("a.py", "done = chunk.get('stop_reason', '') == 'stop'\n");
    t.none("a.py", "# while resp.stop_reason == 'tool_use':\n");
  }

  @Test
  void converseGetAndInTuple() {
    String src =
        """
        resp = client.converse(modelId=MODEL, messages=messages)
        if resp.get("stopReason") in ("tool_use", "max_tokens"):
            more(resp)
        while resp.get("stopReason") == "tool_use":
            resp = step(resp)
        """;
    List<Finding> found = t.findings("c.py", src);
    assertEquals(List.of(2, 4), found.stream().map(f -> f.span().line()).toList());
    assertTrue(found.get(1).message().contains("stopReason (Converse)"), found.get(1).message());
    assertTrue(
        found.get(1).message().contains("content_filtered or guardrail_intervened"),
        found.get(1).message());
    t.none(
        "c.py",
        """
        resp = client.converse(modelId=MODEL, messages=messages)
        if resp.get("stopReason") == "content_filtered":
            raise Refused(resp)
        """);
  }

  @Test
  void javaJavascriptAndGo() {
    Finding java =
        t.one(
            "Loop.java",
            """
            class Loop {
              void run(ConverseResponse response) {
                while (response.stopReason() == StopReason.TOOL_USE) {
                  response = step(response);
                }
              }
            }
            """,
            3,
            "stopReason (Converse) compared with tool_use");
    assertTrue(java.fix().contains("StopReason.CONTENT_FILTERED"), java.fix());
    t.one(
        "Body.java",
        """
        class Body {
          boolean more(JSONObject body) {
            return "max_tokens".equals(body.getString("stop_reason"));
          }
        }
        """,
        3,
        "stop_reason (Messages API) compared with max_tokens");
    t.one(
        "a.ts",
        """
        const msg = await anthropic.messages.create(req);
        if (msg.stop_reason === "tool_use") {
          await runTools(msg);
        }
        """,
        2,
        "compared with tool_use");
    t.none(
        "a.ts",
        """
        if (msg.stop_reason !== "tool_use") {
          throw new Error(msg.stop_reason);
        }
        """);
    t.one(
        "main.go",
        """
        package main

        func run(resp *Response) {
        	for resp.StopReason == "tool_use" {
        		resp = step(resp)
        	}
        }
        """,
        4,
        "compared with tool_use");
  }

  @Test
  void kotlin() {
    t.one(
        "Loop.kt",
        """
        fun run(r: ConverseResponse) {
            if (r.stopReason == StopReason.ToolUse) {
                tools(r)
            }
        }
        """,
        2,
        "stopReason (Converse) compared with tool_use");
    t.none(
        "Loop.kt",
        """
        fun run(r: ConverseResponse) {
            if (r.stopReason != StopReason.ToolUse) {
                error("unexpected ${r.stopReason}")
            }
        }
        """);
  }

  @Test
  void enumerationWithoutDefaultNeedsTheValuesTheTargetReturns() {
    String src =
        """
        import anthropic
        match message.stop_reason:
            case "end_turn" | "stop_sequence":
                done(message)
            case "tool_use" | "pause_turn":
                more(message)
            case "max_tokens":
                truncated(message)
            case "refusal":
                refused(message)
        """;
    Finding f =
        new ReportTester(new StopReasonRule(), "sonnet-4.6")
            .at(
                "a.py",
                src,
                List.of(2, 3, 5, 7),
                "has no case for model_context_window_exceeded and no default",
                "Claude Sonnet 4.6 can return it");
    assertTrue(f.fix().startsWith("Add a case for \"model_context_window_exceeded\""), f.fix());
    new ReportTester(new StopReasonRule(), "sonnet-4.5")
        .at("a.py", src, List.of(2, 3, 5, 7), "Sonnet 4.5");
    // Claude Sonnet 4 never returns model_context_window_exceeded.
    new ReportTester(new StopReasonRule(), "sonnet-4").none("a.py", src);
    new ReportTester(new StopReasonRule(), "sonnet-4.6")
        .none("a.py", src + "    case _:\n        raise Unexpected(message.stop_reason)\n");
  }

  private static final String TSX =
      """
      import Anthropic from "@anthropic-ai/sdk";
      export default function Chat({ stopReason }: { stopReason: string }) {
        const hint = <span className="hint">{stopReason}</span>;
        return (
          <main>
            {hint}
            {stopReason === "max_tokens" && <button onClick={more}>Continue</button>}
          </main>
        );
      }
      """;

  @Test
  void aTsxComponentIsParsedWithJsxAndItsStopComparisonsFound() {
    List<Finding> found = t.findings("src/app/page.tsx", TSX);
    assertEquals(List.of(7), found.stream().map(f -> f.span().line()).toList());
    assertTrue(found.get(0).message().contains("compared with max_tokens"), found.get(0).message());
    // The same text as plain TypeScript does not parse: the TSX grammar is chosen by the name.
    assertTrue(SyntaxTree.parse(Language.TYPESCRIPT, TSX).hasErrors());
    assertFalse(SyntaxTree.parse(Language.TYPESCRIPT, true, TSX).hasErrors());
    assertFalse(
        SyntaxTree.parse(Language.TYPESCRIPT, true, "const n = <T,>(x: T): T => x;\n").hasErrors());
  }
}
