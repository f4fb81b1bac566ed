package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * Holdout16: a provider's README and examples named {@code us.anthropic.claude-4-5-sonnet-v2:0},
 * Sonnet 4.5 in the Claude 3 word order, an ID no model has; nothing reported the README line. Now
 * ID-shaped tokens of a Claude 4 model with the tier after the version are reported, never
 * rewritten.
 */
class SwappedTierIdsTest {
  private final ReportTester t = new ReportTester(new ModelIdRule(), "sonnet-4.6");

  @Test
  void claude4IdsInTheOldWordOrderAreReported() {
    Finding f =
        t.one(
            "examples/main.go",
            "const model = \"us.anthropic.claude-4-5-sonnet-v2:0\"\n",
            1,
            "is not an ID: Claude 4 models put the tier before the version",
            "Claude Sonnet 4.5 is claude-sonnet-4-5-20250929");
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.edits().isEmpty());
    t.one("app.py", "MODEL = \"claude-4-sonnet-20250514\"\n", 1, "Claude Sonnet 4 is");
    assertEquals(
        Severity.INFO,
        t.one("README.md", "- `anthropic.claude-4-5-sonnet-v1:0` (Sonnet 4.5)\n", 1, "not an ID")
            .severity());
  }

  @Test
  void aliasesOtherModelsAndRealIdsAreNotThisClass() {
    t.none(
        "router.py",
        """
        ALIAS = "claude-4-sonnet"
        NAME = "bedrock-claude-4-5-sonnet-v2"
        HAIKU = "us.anthropic.claude-4-5-haiku-v1:0"
        OK = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
        OLD = "claude-3-5-haiku-20241022"
        """);
  }
}
