package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate models} in text and JSON, with and without a user catalog. */
class ModelsCommandTest {
  @TempDir Path dir;

  private CliRun models(String date, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "models";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.migrate(Environment.forTest(dir, ScanFixtures.clock(date)), all);
  }

  @Test
  void textShowsEveryIdFormLifecyclePriceAndLimits() {
    CliRun run = models("2026-11-26");
    assertEquals(0, run.code(), run.err());
    String out = run.out();
    for (String s :
        new String[] {
          "Claude 3.5 Sonnet v2  [claude-3-5-sonnet-v2]",
          "claude-3-5-sonnet-20241022, alias claude-3-5-sonnet-latest",
          "anthropic.claude-3-5-sonnet-20241022-v2:0",
          "apac.anthropic.claude-3-5-sonnet-20241022-v2:0",
          "claude-3-5-sonnet-v2@20241022",
          "end of life today; legacy from 2026-01-30, extended access from 2026-04-30, end of life 2026-07-30",
          "source: AWS Bedrock user guide: Model lifecycle / Legacy models"
              + " <https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html>, read 2026-12-03",
          "Anthropic life end of life today; end of life 2025-10-28",
          "$3 input / $15 output per million tokens",
          "200,000 context tokens, 8,192 output tokens",
          "Claude Sonnet 4.6  [claude-sonnet-4-6]",
          "Bedrock base   anthropic.claude-sonnet-4-6  (not callable on demand; use a profile)",
          "global.anthropic.claude-sonnet-4-6, us.anthropic.claude-sonnet-4-6, eu.anthropic.claude-sonnet-4-6, jp.anthropic.claude-sonnet-4-6",
          "Claude Sonnet 5  [claude-sonnet-5]  (Messages API only: not a Converse target; never flagged)",
          "Targets (--to; default: the newest active Claude Sonnet 4.x, today sonnet-4.6)",
          "sonnet-4.6   Claude Sonnet 4.6: the live Claude Sonnet 4.x -> anthropic.claude-sonnet-4-6  [active today]",
          "sonnet-4.5   Claude Sonnet 4.5 (legacy on Bedrock from 2026-10-08) -> anthropic.claude-sonnet-4-5-20250929-v1:0  [legacy today]",
          "replaces claude-3-5-sonnet-v1 (error), claude-3-5-sonnet-v2 (error)",
          "tools text_editor_20250728, computer_20251124, bash_20250124; temperature+top_p together: error;"
              + " assistant prefill: error; thinking budget_tokens deprecated (adaptive)",
          "text_editor_20241022  name str_replace_editor, beta computer-use-2024-10-22, replaced by text_editor_20250728",
          "computer-use-2024-10-22  replace: the Claude 3.5 Sonnet v2 computer-use beta",
        }) {
      assertTrue(out.contains(s), s + " in\n" + out);
    }
  }

  @Test
  void stateFollowsTheClock() {
    assertTrue(models("2025-06-01").out().contains("Claude Sonnet 4  [claude-sonnet-4]"));
    String early = models("2025-06-01").out();
    String late = models("2026-11-26").out();
    String sonnet4Early = early.substring(early.indexOf("Claude Sonnet 4  [claude-sonnet-4]"));
    String sonnet4Late = late.substring(late.indexOf("Claude Sonnet 4  [claude-sonnet-4]"));
    assertTrue(
        sonnet4Early.contains(
            "Lifecycle      active today; legacy from 2026-04-14, extended access from 2026-07-14, end of life 2026-10-14"),
        sonnet4Early);
    assertTrue(
        sonnet4Late.contains("Lifecycle      end of life today; legacy from 2026-04-14"),
        sonnet4Late);
  }

  @Test
  void jsonCarriesStateAndProfiles() throws IOException {
    CliRun run = models("2026-05-01", "--format", "json");
    assertEquals(0, run.code(), run.err());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    JsonNode sonnet4 = findModel(doc, "claude-sonnet-4");
    assertEquals("LEGACY", sonnet4.at("/lifecycle/state").asText());
    assertFalse(sonnet4.at("/lifecycle/uncertain").asBoolean());
    assertEquals(
        "https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html",
        sonnet4.at("/lifecycle/source/url").asText());
    assertEquals("sonnet-4.6", doc.at("/defaultTarget").asText());
    assertEquals(
        "global.anthropic.claude-sonnet-4-20250514-v1:0", sonnet4.at("/profileIds/0").asText());
    assertEquals("claude-sonnet-4", doc.at("/targets/0/model").asText());
    assertEquals(3, sonnet4.at("/price/input").asInt());
  }

  @Test
  void userCatalogIsMergedAndShown() throws IOException {
    Files.writeString(
        dir.resolve("extra.yaml"),
        """
        models:
          - key: claude-sonnet-4
            lifecycle: {endOfLife: "2027-01-31", source: {name: "our AWS account team", readOn: "2026-11-20"}}
        """);
    CliRun run = models("2026-11-26", "--catalog", "extra.yaml");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("end of life 2027-01-31"), run.out());
    assertTrue(run.out().contains("source: our AWS account team, read 2026-11-20"), run.out());
    assertTrue(
        run.out().contains("Sources: built-in catalog; " + dir.resolve("extra.yaml")), run.out());
  }

  @Test
  void sarifIsRefusedForModels() {
    CliRun run = models("2026-11-26", "--format", "sarif");
    assertEquals(2, run.code());
    assertEquals(
        "migrate models: Invalid value for option '--format': unknown value 'sarif' (choose text, json)",
        run.err().lines().findFirst().orElse(""));
  }

  private static JsonNode findModel(JsonNode doc, String key) {
    for (JsonNode m : doc.get("models")) {
      if (m.get("key").asText().equals(key)) {
        return m;
      }
    }
    throw new AssertionError("no model " + key);
  }
}
