package dev.claudemigrate.engine.rules.thinkingbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holdout17: presets of one parameter type for several providers, each naming its model; the GPT
 * presets' thinking budgets go to OpenAI, not to Claude. A budget in a request or settings object
 * whose model is another provider's is not reported; beside it, the Claude preset's still is (ADR
 * 0115). Snippets of our own.
 */
class ThinkingOtherProviderTest {
  private final ReportTester t = new ReportTester(new ThinkingBudgetRule(), "sonnet-4.6");

  /** A preset of the shared parameter type: its model, and a thinking budget in a call's result. */
  private static String preset(String name, String model, int budget) {
    return name
        + " = Params(\n    model=\""
        + model
        + "\",\n    max_tokens=16384,\n    extra={\n        \"thinking\": Thinking(\n"
        + "            type=\"enabled\",\n            budget_tokens="
        + budget
        + ",\n        ).dict(),\n    },\n)\n";
  }

  private static final String PRESETS =
      preset("SONNET_THINKING", "claude-sonnet-4-5", 8192)
          + "\n"
          + preset("GPT_THINKING", "gpt-5.1", 32768);

  @Test
  void aBudgetForAnotherProvidersModelIsNotReported() {
    List<Finding> f = t.findings("presets.py", PRESETS);
    assertEquals(1, f.size(), f.toString());
    assertEquals(7, f.get(0).span().line());
  }

  @Test
  void aJsonRequestForGeminiIsNotReportedButOneForClaudeIs() {
    String body =
        """
        {"model": "gemini-2.5-pro", "thinking": {"type": "enabled", "budget_tokens": 2048}}
        """;
    assertEquals(List.of(), t.findings("req/gemini.json", body));
    t.one("req/claude.json", body.replace("gemini-2.5-pro", "claude-sonnet-4-5"), 1);
  }
}
