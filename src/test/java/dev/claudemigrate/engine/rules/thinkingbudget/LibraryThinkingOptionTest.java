package dev.claudemigrate.engine.rules.thinkingbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import dev.claudemigrate.engine.syntax.HeadedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

  /**
   * The option and the Go union are searched from their heads only (a generated 3.5 MB catalog took
   * seconds with the word boundary tried at every offset): the same matches as {@code find()} on
   * texts made to catch the edges (a prefix glued to a word, a non-ASCII letter before it, two
   * prefixes, spaces inside the call).
   */
  @Test
  void theHeadedSearchesFindWhatFindFinds() {
    List<String> texts =
        List.of(
            OPTIONS,
            "WithThinkingBudget(1) xWithThinkingBudget(2) setReasoningBudgetTokens( 3 )",
            "EnableThinkingEnabled(4) withwithThinkingBudget(5) ThinkingBudget (6) _ThinkingEnabled(7)",
            "\u00e9WithThinkingBudget(8) .SetReasoningEnabled(9)\nenableReasoningBudget(1_0)",
            "ThinkingConfigParamOfEnabled( 1024 ) ThinkingConfigParamOfEnabled(budget) "
                + "xThinkingConfigParamOfEnabled(2)ThinkingConfigParamOfEnabled(",
            "");
    int matches = 0;
    for (HeadedPattern p : List.of(ThinkingSettings.LIBRARY_OPTION, ThinkingSettings.GO_UNION)) {
      for (String text : texts) {
        List<String> expected = new ArrayList<>();
        Matcher m = p.pattern().matcher(text);
        while (m.find()) {
          expected.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        List<String> found = new ArrayList<>();
        HeadedPattern.Finder f = p.finder(text);
        while (f.next()) {
          found.add(f.start() + "-" + f.end() + ":" + f.group(1));
        }
        assertEquals(expected, found, p.pattern() + " in " + text);
        assertEquals(!expected.isEmpty(), p.foundIn(text));
        matches += expected.size();
      }
    }
    assertTrue(matches >= 10, "the texts exercise both searches: " + matches);
  }
}
