package dev.claudemigrate.engine.rules.thinkingbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/** The Go SDK's thinking union built into a variable before it goes into a request. */
class GoThinkingUnionTest {
  private final ReportTester on46 = new ReportTester(new ThinkingBudgetRule(), "sonnet-4.6");
  private final ReportTester on45 = new ReportTester(new ThinkingBudgetRule(), "sonnet-4.5");

  private static final String ASSIGNED =
      """
      package chat
      func (c *client) params(think bool) anthropic.MessageNewParams {
      	var thinking anthropic.ThinkingConfigParamUnion
      	if think {
      		thinking = anthropic.ThinkingConfigParamOfEnabled(int64(float64(c.maxTokens) * 0.5))
      	}
      	return anthropic.MessageNewParams{MaxTokens: c.maxTokens, Thinking: thinking}
      }
      """;

  @Test
  void aUnionAssignedToAVariableIsABudget() {
    Finding f = on46.one("chat.go", ASSIGNED, 5, "deprecated", "adaptive thinking");
    assertEquals(Severity.WARNING, f.severity());
    on46.triggeredBy(ASSIGNED);
    on45.none("chat.go", ASSIGNED); // a computed budget breaks no limit that can be read
  }

  @Test
  void aLiteralBudgetBelowTheMinimumIsAnErrorWhereverTheUnionIsBuilt() {
    on45.one(
        "chat.go",
        """
        package chat
        var thinking = anthropic.ThinkingConfigParamOfEnabled(512)
        """,
        2,
        "below the minimum of 1024");
  }

  @Test
  void aUnionInsideTheRequestIsReadOnce() {
    String src =
        """
        package chat
        var p = anthropic.MessageNewParams{MaxTokens: 8000,
        	Thinking: anthropic.ThinkingConfigParamOfEnabled(2048)}
        """;
    assertEquals(1, on46.findings("chat.go", src).size());
  }

  @Test
  void aUnionInACommentIsNoSetting() {
    on46.none(
        "chat.go",
        """
        package chat
        // thinking = anthropic.ThinkingConfigParamOfEnabled(2048) was tried and dropped
        var p = 1
        """);
  }
}
