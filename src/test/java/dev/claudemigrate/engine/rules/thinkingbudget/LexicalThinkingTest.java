package dev.claudemigrate.engine.rules.thinkingbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * ADR 0108. Before: a thinking budget in a PHP, Ruby, Swift or Dart request was not read (those
 * languages had no objects), so it was neither checked against Bedrock's limits nor pointed at
 * adaptive thinking. Now their literal objects are read.
 */
class LexicalThinkingTest {
  private final ReportTester on46 = new ReportTester(new ThinkingBudgetRule(), "sonnet-4.6");

  @Test
  void aRubyOrPhpBudgetIsPointedAtAdaptiveThinking() {
    assertEquals(
        Severity.WARNING,
        on46.one(
                "lib/planner.rb",
                """
                resp = client.messages.create(
                  model: "us.anthropic.claude-sonnet-4-20250514-v1:0",
                  max_tokens: 16_000,
                  thinking: { type: "enabled", budget_tokens: 4_000 },
                  messages: history
                )
                """,
                4,
                "deprecated on Claude Sonnet 4.6",
                "adaptive thinking")
            .severity());
    on46.one(
        "src/Planner.php",
        "<?php\n$body = [\n    'max_tokens' => 8000,\n"
            + "    'thinking' => ['type' => 'enabled', 'budget_tokens' => $budget],\n];\n",
        4,
        "adaptive thinking");
  }

  @Test
  void aBudgetBedrockRejectsIsAnErrorInSwift() {
    assertEquals(
        Severity.ERROR,
        on46.one(
                "Sources/Agent/Request.swift",
                """
                let body: [String: Any] = [
                    "max_tokens": 2048,
                    "thinking": ["type": "enabled", "budget_tokens": 512],
                ]
                """,
                3,
                "below the minimum of 1024")
            .severity());
  }

  @Test
  void disabledThinkingAndUnrelatedBudgetsAreNotReported() {
    on46.none(
        "lib/a.dart",
        "final body = {'thinking': {'type': 'disabled'}, 'max_tokens': 100};\n"
            + "final quota = {'budget_tokens': 5000};\n");
  }
}
