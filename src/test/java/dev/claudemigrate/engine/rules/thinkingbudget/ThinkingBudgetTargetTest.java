package dev.claudemigrate.engine.rules.thinkingbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * The target's {@code thinkingBudget} from the catalog: Sonnet 4.6 (deprecated) hears about every
 * token budget, Sonnet 4.5 (supported) only about budgets Bedrock rejects.
 */
class ThinkingBudgetTargetTest {
  private final ReportTester on46 = new ReportTester(new ThinkingBudgetRule(), "sonnet-4.6");
  private final ReportTester on45 = new ReportTester(new ThinkingBudgetRule(), "sonnet-4.5");

  private static final String DEPRECATED = "deprecated on Claude Sonnet 4.6";

  /** A valid budget: a warning toward adaptive thinking on 4.6, nothing on 4.5. */
  private void deprecatedOnlyOn46(String path, String src, int line) {
    Finding f = on46.one(path, src, line, DEPRECATED, "adaptive thinking");
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.fix().contains("{\"type\": \"adaptive\"}"), f.fix());
    assertTrue(f.fix().contains("effort"), f.fix());
    on46.triggeredBy(src);
    on45.none(path, src);
  }

  /**
   * Field class (cline's schema test): budgets Bedrock would reject, in a fixture of a settings
   * schema for Claude 2 models, were errors; test code is not a request, so they are information.
   * The same request in live code stays an error.
   */
  @Test
  void aRejectedBudgetInTestCodeIsInformationAndAnErrorInLiveCode() {
    String fixture =
        """
        const config = {
          models: [{ id: "anthropic.claude-v2:1", thinking: { type: "enabled", budget_tokens: 100 } }],
        };
        """;
    Finding inTest =
        on46.one("src/__tests__/schema.test.ts", fixture, 2, "below the minimum of 1024");
    assertEquals(Severity.INFO, inTest.severity());
    Finding live = on46.one("src/config.ts", fixture, 2, "below the minimum of 1024");
    assertEquals(Severity.ERROR, live.severity());
  }

  @Test
  void aWorkingBudgetInTestCodeIsInformation() {
    String fixture =
        """
        const settings = {
          models: [{ id: "anthropic.claude-3-7-sonnet-20250219-v1:0", thinkingBudgetTokens: 1600 }],
        };
        """;
    Finding inTest =
        on46.one("src/__tests__/schema.test.ts", fixture, 2, DEPRECATED, "adaptive thinking");
    assertEquals(Severity.INFO, inTest.severity());
    Finding live = on46.one("src/settings.ts", fixture, 2, DEPRECATED, "adaptive thinking");
    assertEquals(Severity.WARNING, live.severity());
  }

  @Test
  void pythonKeywordCallAndVariableBudget() {
    deprecatedOnlyOn46(
        "think.py",
        """
        reply = client.messages.create(
            model=MODEL,
            max_tokens=16000,
            thinking={
                "type": "enabled",
                "budget_tokens": planning_budget,
            },
            messages=history,
        )
        """,
        6);
  }

  @Test
  void pythonSubscriptAssignmentAndReasoningConfig() {
    deprecatedOnlyOn46(
        "opts.py",
        """
        def tune(opts, n):
            opts.params["thinking"] = {"type": "enabled", "budget_tokens": n}
        """,
        2);
    deprecatedOnlyOn46(
        "gateway.py",
        """
        def fields(budget):
            return {"reasoning_config": {"type": "enabled", "budget_tokens": budget}}
        """,
        2);
  }

  @Test
  void converseAdditionalFieldsInJava() {
    deprecatedOnlyOn46(
        "Plan.java",
        """
        class Plan {
          Document extra = Document.mapBuilder()
              .putDocument("thinking", Document.mapBuilder()
                  .putString("type", "enabled")
                  .putNumber("budget_tokens", 3000)
                  .build())
              .build();
        }
        """,
        5);
  }

  @Test
  void javaSdkBuilders() {
    deprecatedOnlyOn46(
        "Ask.java",
        """
        class Ask {
          MessageCreateParams p = MessageCreateParams.builder()
              .maxTokens(8000)
              .thinking(ThinkingConfigEnabled.builder().budgetTokens(2500).build())
              .build();
        }
        """,
        4);
    Finding f =
        on46.one(
            "Ask.java",
            """
            class Ask {
              MessageCreateParams p =
                  MessageCreateParams.builder().maxTokens(6000).enabledThinking(3000).build();
            }
            """,
            3,
            DEPRECATED);
    assertTrue(f.fix().contains("adaptive thinking option"), f.fix());
    on45.none(
        "Ask.java",
        "class Ask { Object p = MessageCreateParams.builder().maxTokens(6000).enabledThinking(3000).build(); }");
  }

  @Test
  void frameworkOptions() {
    deprecatedOnlyOn46(
        "Chat.java",
        """
        class Chat {
          ChatModel model = AnthropicChatModel.builder()
              .modelName(NAME)
              .thinkingType("enabled")
              .thinkingBudgetTokens(4096)
              .build();
        }
        """,
        5);
    on46.none(
        "Chat.java",
        """
        class Chat {
          ChatModel model = AnthropicChatModel.builder().thinkingType("disabled").thinkingBudgetTokens(4096).build();
        }
        """);
    deprecatedOnlyOn46(
        "Options.java",
        """
        class Options {
          ChatOptions o = AnthropicChatOptions.builder()
              .thinking(AnthropicApi.ThinkingType.ENABLED, 4096)
              .build();
        }
        """,
        3);
    deprecatedOnlyOn46(
        "application.yml",
        """
        spring:
          ai:
            anthropic:
              chat:
                options:
                  thinking:
                    type: enabled
                    budget-tokens: 4096
        """,
        8);
  }

  @Test
  void typescriptGoJsonAndNotebook() {
    deprecatedOnlyOn46(
        "chat.ts",
        """
        const res = await anthropic.messages.create({
          model, max_tokens: 8192,
          thinking: { type: "enabled", budget_tokens: budget },
          messages,
        });
        """,
        3);
    deprecatedOnlyOn46(
        "main.go",
        """
        package main
        func params() anthropic.MessageNewParams {
        	return anthropic.MessageNewParams{MaxTokens: 8000,
        		Thinking: anthropic.ThinkingConfigParamOfEnabled(2048)}
        }
        """,
        4);
    deprecatedOnlyOn46(
        "request.json",
        """
        {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 9000,
         "thinking": {"type": "enabled", "budget_tokens": 4000}}
        """,
        2);
    deprecatedOnlyOn46(
        "demo.ipynb",
        """
        {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": [
          "r = client.messages.create(model=M, max_tokens=5000,\\n",
          "    thinking={\\"type\\": \\"enabled\\", \\"budget_tokens\\": 2000},\\n",
          "    messages=msgs)\\n"
        ]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """,
        3);
  }

  @Test
  void rejectedBudgetIsAnErrorOnBothTargetsAndNamesAdaptiveOn46() {
    String src =
        """
        body = {"max_tokens": 4000, "thinking": {"type": "enabled", "budget_tokens": 512}}
        """;
    Finding f46 = on46.one("a.py", src, 1, "below the minimum of 1024", DEPRECATED);
    assertEquals(Severity.ERROR, f46.severity());
    Finding f45 = on45.one("a.py", src, 1, "below the minimum of 1024");
    assertEquals(Severity.ERROR, f45.severity());
    assertTrue(!f45.message().contains("adaptive"), f45.message());
  }

  @Test
  void notReportedOnEitherTarget() {
    for (ReportTester t : new ReportTester[] {on46, on45}) {
      t.none(
          "a.py",
          """
          body = {"max_tokens": 4000, "thinking": {"type": "adaptive"}}
          off = {"thinking": {"type": "disabled", "budget_tokens": 0}}
          # thinking={"type": "enabled", "budget_tokens": 2000}
          """);
      t.none("gemini.py", "cfg = ThinkingConfig(thinking_budget=1024)\n");
      t.none("Chat.java", "class Chat { Object o = opts.thinking(ThinkingType.DISABLED, 0); }\n");
    }
  }
}
