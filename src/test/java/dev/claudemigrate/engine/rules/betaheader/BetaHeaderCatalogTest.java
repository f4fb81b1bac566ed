package dev.claudemigrate.engine.rules.betaheader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field class "catalog" for betas: the headers of one model's record in a settings table of many
 * models describe that model; removing a beta there changes the catalog, not a request. A beta in a
 * configuration of one model is still removed.
 */
class BetaHeaderCatalogTest {
  private final RewriteTester t =
      new RewriteTester(new BetaHeaderRule(), MigrationSettings.defaults(), "sonnet-4.6");

  private static String record(String id, String beta) {
    return "- name: anthropic/"
        + id
        + "\n  edit_format: diff\n  extra_params:\n    extra_headers:\n      anthropic-beta: "
        + beta
        + "\n\n";
  }

  @Test
  void aBetaInARecordOfAModelSettingsCatalogIsReportedOnly() {
    String beta = "prompt-caching-2024-07-31,fine-grained-tool-streaming-2025-05-14";
    StringBuilder sb = new StringBuilder();
    for (String id :
        List.of(
            "claude-3-5-sonnet-20240620",
            "claude-3-5-sonnet-20241022",
            "claude-3-haiku-20240307",
            "claude-3-opus-20240229",
            "claude-sonnet-4-20250514")) {
      sb.append(record(id, "prompt-caching-2024-07-31"));
    }
    sb.append(record("claude-3-7-sonnet-20250219", beta));
    List<Finding> f = t.findings("resources/model-settings.yml", sb.toString());
    assertEquals(1, f.size(), f.toString());
    assertFalse(f.get(0).fixable(), f.toString());
    assertEquals(Severity.INFO, f.get(0).severity());
    assertTrue(f.get(0).fix().contains("catalog"), f.get(0).fix());
  }

  @Test
  void theSameBetaInOneModelsSettingsIsStillRemoved() {
    String src =
        record(
            "claude-3-7-sonnet-20250219",
            "prompt-caching-2024-07-31,fine-grained-tool-streaming-2025-05-14");
    assertTrue(t.findings("config/model.yml", src).get(0).fixable());
  }
}
