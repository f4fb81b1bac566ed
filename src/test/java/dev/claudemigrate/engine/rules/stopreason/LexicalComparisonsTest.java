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
}
