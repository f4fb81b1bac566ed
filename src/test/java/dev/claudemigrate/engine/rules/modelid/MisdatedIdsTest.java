package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * Holdout14: a README named Claude 3 Opus with a date no snapshot of it has ({@code
 * anthropic.claude-3-opus-20250219-v1:0}); nothing reported it, since the catalog matches IDs that
 * exist. Now a known model's ID with an unknown date is reported, never rewritten, for the models
 * the target replaces (a misdated Haiku in the cookbook is not this migration's).
 */
class MisdatedIdsTest {
  private final ReportTester t = new ReportTester(new ModelIdRule(), "sonnet-4.6");

  @Test
  void aKnownModelWithAnUnknownDateIsReported() {
    Finding f =
        t.one(
            "config/app.properties",
            "model=anthropic.claude-3-opus-20250219-v1:0\n",
            1,
            "names Claude 3 Opus with a date none of its snapshots has (claude-3-opus-20240229)");
    assertEquals(Severity.WARNING, f.severity());
    t.one("app.py", "MODEL = \"us.anthropic.claude-3-5-sonnet-20250101-v2:0\"\n", 1, "3.5 Sonnet");
    assertEquals(
        Severity.INFO,
        t.one("README.md", "Use `claude-3-7-sonnet-20250101`.\n", 1, "Claude 3.7 Sonnet")
            .severity());
    assertEquals(
        Severity.INFO,
        t.one("tests/test_models.py", "bad = \"claude-3-sonnet-20990101\"\n", 1, "Sonnet")
            .severity());
  }

  @Test
  void realIdsUnknownFamiliesAndOtherTokensAreNotReported() {
    t.none(
        "app.py",
        """
        A = "anthropic.claude-3-haiku-20240307-v1:0"
        B = "claude-mystery-20250101"
        H = "claude-3-5-haiku-20241029"
        C = "my-claude-3-opus-20250219-backup"
        D = "s3://bucket/claude-3-opus-20250219/run.json"
        """);
  }

  /**
   * Holdout15: a fallback router's config named {@code claude-4-20250115}, a generation with no
   * tier; the catalog knew no such stem, so nothing was reported.
   */
  @Test
  void aGenerationWithNoTierIsReportedWithTheModelsItMayMean() {
    Finding f =
        t.one(
            "router_config.py",
            "PRIMARY = {\"model\": \"claude-4-20250115\"}\n",
            1,
            "claude-4-20250115 names no model",
            "Claude Sonnet 4 is claude-sonnet-4-20250514",
            "Claude Opus 4 is claude-opus-4-20250514");
    assertEquals(Severity.WARNING, f.severity());
    t.one("README.md", "\"model\": \"anthropic.claude-3-5-20241022-v2:0\"\n", 1, "names no model");
    t.none("app.py", "A = \"claude-2-20230101\"\nB = \"claude-9-20300101\"\n");
  }
}
