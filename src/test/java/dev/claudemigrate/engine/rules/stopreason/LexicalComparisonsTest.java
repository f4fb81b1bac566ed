package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * ADR 0106. Before: code in a language without a grammar (Ruby, PHP, Swift, ...) was not read, so a
 * comparison of its stop reason was never judged. Now a single comparison on one line is judged
 * like one in parsed code; its guarded path is not known, so it counts as not failing.
 */
class LexicalComparisonsTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  @Test
  void aRubyComparisonWithMaxTokensLetsARefusalThrough() {
    t.one(
        "lib/router.rb",
        """
        def token_limit_reached?
          claude_response[:stop_reason] == :max_tokens
        end
        """,
        2,
        "compared with max_tokens",
        "refusal takes the same path as end_turn");
  }

  @Test
  void aPhpComparisonWithToolUseIsReported() {
    t.one(
        "src/Agent.php",
        "<?php\nif ($reply['stop_reason'] === 'tool_use') {\n    $this->runTools($reply);\n}\n",
        2,
        "compared with tool_use");
  }

  @Test
  void endTurnTestsRefusalCasesCommentsAndTestsAreNotReported() {
    // A refusal is not end_turn, so it takes the other path of an end_turn test.
    t.none("lib/a.rb", "done = response[:stop_reason] == :end_turn\n");
    t.none(
        "lib/b.rb",
        "return :refused if response[:stop_reason] == :refusal\n"
            + "# stop_reason == :max_tokens used to be checked here\n");
    t.none("Sources/C.swift", "let s = response.stopReason // max_tokens is rare\n");
    t.none("spec/router_spec.rb", "expect(response[:stop_reason] == :max_tokens).to be(true)\n");
  }

  /** ADR 0106: a Ruby {@code case} on a stop reason is judged like a switch. */
  @Test
  void aRubyCaseWithoutRefusalOrFailingElseIsReported() {
    t.one(
        "lib/agent.rb",
        """
        def step(resp)
          case resp["stop_reason"]
          when "end_turn" then finish(resp)
          when "tool_use"
            run_tools(resp)
          end
        end
        """,
        2,
        "case on stop_reason (Messages API) handles end_turn, tool_use",
        "no case for refusal");
    t.one(
        "lib/loop.rb",
        """
        case response.stop_reason
        when :end_turn, :stop_sequence then done
        else
          log("other")  # keeps going
        end
        """,
        1,
        "refusal");
  }

  @Test
  void aRubyCaseWithARefusalCaseOrAFailingElseIsNotReported() {
    t.none(
        "lib/a.rb",
        """
        case resp[:stop_reason]
        when :end_turn then finish
        when :refusal then refuse
        when :tool_use then tools
        end
        """);
    t.none(
        "lib/b.rb",
        """
        case resp[:stop_reason]
        when :end_turn then finish
        when :tool_use then tools
        else
          raise UnexpectedStop, resp[:stop_reason]
        end
        """);
    t.none("lib/c.rb", "case mode\nwhen :end_turn then x\nend\n");
  }
}
