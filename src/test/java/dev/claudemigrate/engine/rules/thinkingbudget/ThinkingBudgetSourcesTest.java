package dev.claudemigrate.engine.rules.thinkingbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field classes of missed thinking budgets (issue 9): a budget computed by a helper of the same
 * file and passed in a variable, and a Bedrock {@code reasoning_config} built with Java's {@code
 * Map.ofEntries}. Before, only the {@code budget_tokens} key of a literal object was reported; the
 * helper and the assignment that feed it were not, and {@code Map.ofEntries} was not read at all.
 */
class ThinkingBudgetSourcesTest {
  private final ReportTester on46 = new ReportTester(new ThinkingBudgetRule(), "sonnet-4.6");
  private final ReportTester on45 = new ReportTester(new ThinkingBudgetRule(), "sonnet-4.5");

  private static final String PROXY =
      """
      class Proxy:
          def build(self, req, args):
              if "anthropic.claude" in req.model:
                  budget = self._effort_budget(
                      req.max_tokens, req.effort
                  )
                  args["additionalModelRequestFields"] = {
                      "reasoning_config": {"type": "enabled", "budget_tokens": budget}
                  }
              return args

          def _effort_budget(self, max_tokens, effort):
              return int(max_tokens * {"low": 0.3, "high": 0.9}[effort])
      """;

  @Test
  void theAssignmentAndTheHelperThatComputeABudgetAreReportedBesideTheRequest() {
    List<Finding> f = on46.findings("proxy.py", PROXY);
    assertEquals(List.of(4, 8, 12), f.stream().map(x -> x.span().line()).toList(), f::toString);
    Finding request = f.get(1);
    assertEquals(Severity.WARNING, request.severity());
    assertTrue(request.message().contains("deprecated on Claude Sonnet 4.6"), request.message());
    for (Finding source : List.of(f.get(0), f.get(2))) {
      assertEquals(Severity.INFO, source.severity());
      assertTrue(source.message().contains("request at line 8"), source.message());
    }
  }

  @Test
  void aBudgetThatStillWorksOnTheTargetNamesNoHelper() {
    on45.none("proxy.py", PROXY);
  }

  @Test
  void aVariableAssignedFromAnotherVariableIsFollowedNoFurther() {
    String src =
        """
        def ask(client, limit):
            budget = limit
            return client.messages.create(
                model=MODEL, max_tokens=8000,
                thinking={"type": "enabled", "budget_tokens": budget}, messages=m)
        """;
    List<Finding> f = on46.findings("ask.py", src);
    assertEquals(List.of(2, 5), f.stream().map(x -> x.span().line()).toList(), f::toString);
  }

  /** A general helper (a parser of token counts) is settings plumbing: only the request. */
  @Test
  void aVariableFilledByAGeneralHelperIsNotFollowed() {
    String src =
        """
        class Model:
            def set_thinking_tokens(self, value):
                num_tokens = self.parse_token_value(value)
                self.extra_params["thinking"] = {"type": "enabled", "budget_tokens": num_tokens}

            def parse_token_value(self, value):
                return int(value)
        """;
    on46.one("models.py", src, 4, "deprecated on Claude Sonnet 4.6");
  }

  @Test
  void javaMapOfEntriesReasoningConfig() {
    String src =
        """
        class Params {
          Builder enableReasoning(Integer tokenBudget) {
            Map<?, ?> reasoningConfig =
                Map.ofEntries(Map.entry("type", "enabled"), Map.entry("budget_tokens", tokenBudget));
            fields.put("reasoning_config", reasoningConfig);
            return this;
          }
        }
        """;
    on46.one("Params.java", src, 4, "deprecated on Claude Sonnet 4.6");
    on46.triggeredBy(src);
  }

  @Test
  void javaMapOfEntriesWithThinkingDisabledIsNoBudget() {
    on46.none(
        "Params.java",
        """
        class Params {
          Object off() {
            return Map.ofEntries(Map.entry("type", "disabled"), Map.entry("budget_tokens", 0));
          }
        }
        """);
  }
}
