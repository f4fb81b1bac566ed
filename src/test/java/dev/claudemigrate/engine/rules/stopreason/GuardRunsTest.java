package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field class of issue 9: guard clauses ({@code if (r == A) return x;} one after another) are one
 * dispatch. Before, each if was judged alone, and a refusal that a later guard handles was said to
 * pass as a normal answer at every earlier one.
 */
class GuardRunsTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  @Test
  void javaConverseGuardsThatHandleContentFilteredAreQuiet() {
    t.none(
        "Mapper.java",
        """
        import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
        class Mapper {
          Finish from(StopReason stopReason) {
            if (stopReason == null) {
              return null;
            }
            if (stopReason == StopReason.END_TURN || stopReason == StopReason.STOP_SEQUENCE) {
              return Finish.STOP;
            }
            // long answers
            if (stopReason == StopReason.MAX_TOKENS) {
              return Finish.LENGTH;
            }
            if (stopReason == StopReason.CONTENT_FILTERED || stopReason == StopReason.GUARDRAIL_INTERVENED) {
              return Finish.FILTERED;
            }
            return Finish.OTHER;
          }
        }
        """);
  }

  @Test
  void javaConverseGuardsWithoutARefusalPathAreReportedAtEachGuard() {
    List<Finding> found =
        t.findings(
            "Mapper.java",
            """
            import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
            class Mapper {
              Finish from(StopReason stopReason) {
                if (stopReason == StopReason.END_TURN) {
                  return Finish.STOP;
                }
                if (stopReason == StopReason.MAX_TOKENS) {
                  return Finish.LENGTH;
                }
              }
            }
            """);
    assertEquals(List.of(4, 7), found.stream().map(f -> f.span().line()).toList());
    assertTrue(found.get(1).message().contains("content_filtered"), found.get(1).message());
  }

  @Test
  void pythonGuardsWithANormalFallThroughStillMissTheRefusal() {
    List<Finding> found =
        t.findings(
            "agent.py",
            """
            import anthropic
            def text(resp):
                if resp.stop_reason == "max_tokens":
                    raise TooLong()
                if resp.stop_reason == "tool_use":
                    return run_tools(resp)
                return resp.content[0].text
            """);
    assertEquals(List.of(3, 5), found.stream().map(f -> f.span().line()).toList());
    assertTrue(
        found.get(0).message().contains("handles max_tokens, tool_use"), found.get(0).message());
    t.none(
        "agent.py",
        """
        import anthropic
        def text(resp):
            if resp.stop_reason == "tool_use":
                return run_tools(resp)
            if resp.stop_reason == "refusal":
                raise Refused(resp)
            return resp.content[0].text
        """);
  }

  @Test
  void typescriptAndGoGuardRunsAreJudgedWhole() {
    t.none(
        "a.ts",
        """
        import Anthropic from "@anthropic-ai/sdk";
        function finish(msg: Anthropic.Message) {
          if (msg.stop_reason === "tool_use") return "tools";
          if (msg.stop_reason === "refusal") throw new Error("refused");
          return "done";
        }
        """);
    t.none(
        "main.go",
        """
        package main
        import "github.com/anthropics/anthropic-sdk-go"
        func finish(m *anthropic.Message) string {
          if m.StopReason == anthropic.StopReasonToolUse {
            return "tools"
          }
          if m.StopReason == anthropic.StopReasonRefusal {
            panic("refused")
          }
          return "done"
        }
        """);
  }

  /** An if whose body does not always leave is no guard: the value goes on to the next test. */
  @Test
  void anIfThatFallsThroughIsNotAGuard() {
    List<Finding> found =
        t.findings(
            "agent.py",
            """
            import anthropic
            def text(resp):
                if resp.stop_reason == "tool_use":
                    log("tools")
                if resp.stop_reason == "refusal":
                    raise Refused(resp)
                return resp.content[0].text
            """);
    assertEquals(List.of(3), found.stream().map(f -> f.span().line()).toList());
  }

  /**
   * A negated guard sends every other value, a refusal included, into its body: here a break, as
   * for end_turn. The run is not formed, and the negated test is judged as a comparison.
   */
  @Test
  void aNegatedGuardIsJudgedAsASingleComparison() {
    List<Finding> found =
        t.findings(
            "loop.go",
            """
            package main
            import "github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"
            func loop(out *Output) {
              for {
                if out.StopReason == types.StopReasonEndTurn || out.StopReason == types.StopReasonMaxTokens {
                  break
                }
                if out.StopReason != types.StopReasonToolUse {
                  break
                }
                step(out)
              }
            }
            """);
    assertEquals(List.of(5, 8), found.stream().map(f -> f.span().line()).toList());
  }
}
