package dev.claudemigrate.engine.rules.thinkingbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * Field class of issue 9: a wrapper library's option that turns thinking on with a budget ({@code
 * WithThinkingEnabled(2048)}) was not seen as a budget at all.
 */
class LibraryThinkingOptionTest {
  private final ReportTester on46 = new ReportTester(new ThinkingBudgetRule(), "sonnet-4.6");
  private final ReportTester on45 = new ReportTester(new ThinkingBudgetRule(), "sonnet-4.5");

  private static final String OPTIONS =
      """
      package main
      // Claude on Amazon Bedrock through the wrapper
      func main() {
      	client := wrapper.NewBedrockClient(
      		wrapper.WithModel(modelID),
      		wrapper.WithThinkingEnabled(2048),
      	)
      	_ = client
      }
      """;

  @Test
  void aLibraryOptionWithALiteralBudgetIsABudget() {
    Finding f = on46.one("main.go", OPTIONS, 6, "deprecated");
    assertEquals(Severity.WARNING, f.severity());
    on46.triggeredBy(OPTIONS);
    on45.one("main.go", OPTIONS.replace("2048", "512"), 6, "below the minimum of 1024");
  }

  @Test
  void aGeminiFileWithAThinkingBudgetIsNotAClaudeRequest() {
    on46.none(
        "gemini.go",
        """
        package main
        var cfg = genai.NewConfig(genai.WithThinkingBudget(2048))
        """);
  }
}
