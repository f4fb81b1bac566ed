package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A proxy's table from the model name clients send to the Bedrock ID it calls for that name: both
 * sides name the same model. Rewriting the names breaks every client (and makes the keys collide);
 * the IDs need a person, so both sides are reported, never edited.
 */
class ModelIdAliasMapTest {
  private final RewriteTester t =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");

  private static final String V1 =
      "claude-3-5-sonnet-20240620=anthropic.claude-3-5-sonnet-20240620-v1:0";
  private static final String V2 =
      "claude-3-5-sonnet-20241022=anthropic.claude-3-5-sonnet-20241022-v2:0";

  private static void allReportedAsAliasMap(List<Finding> found, int count) {
    assertEquals(count, found.size(), "findings: " + found);
    for (Finding f : found) {
      assertEquals(Severity.INFO, f.severity(), f.toString());
      assertTrue(f.message().contains("name clients send"), f.message());
    }
  }

  @Test
  void aMappingStringOfNameEqualsIdPairsIsReportedNotRewritten() {
    allReportedAsAliasMap(
        t.reportsOnly("proxy.env", "BEDROCK_MODEL_MAPPINGS=\"" + V1 + "," + V2 + "\"\n", 4), 4);
    allReportedAsAliasMap(
        t.reportsOnly(
            "Dockerfile", "ENV BEDROCK_MODEL_MAPPINGS=\"" + V2 + "\" \\\n  REGION=us-west-2\n", 2),
        2);
  }

  @Test
  void aJsonOrHclMapOfOneModelsNamesIsReportedNotRewritten() {
    allReportedAsAliasMap(
        t.reportsOnly(
            "config.json",
            """
            {"region": "us-west-2",
             "model_mappings": {
               "claude-3-sonnet-20240229": "anthropic.claude-3-sonnet-20240229-v1:0"
             }}
            """,
            2),
        2);
    allReportedAsAliasMap(
        t.reportsOnly(
            "main.tf",
            """
            locals {
              models = { "claude-3-7-sonnet-20250219" = "us.anthropic.claude-3-7-sonnet-20250219-v1:0" }
            }
            """,
            2),
        2);
  }

  @Test
  void anAssignmentAndAMapToAnotherModelAreNotAliasMaps() {
    // An assignment names the model to call: rewritten as before.
    t.rewrites(
        "proxy.env",
        "DEFAULT_MODEL=claude-3-5-sonnet-20241022\n",
        "DEFAULT_MODEL=claude-sonnet-4-6\n");
    // Old to new: the map is the migration knowledge itself, nothing to report.
    assertEquals(
        List.of(),
        t.findings(
            "upgrade.json", "{\"claude-3-5-sonnet-20241022\": \"claude-3-7-sonnet-20250219\"}\n"));
  }
}
