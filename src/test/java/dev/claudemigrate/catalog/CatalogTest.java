package dev.claudemigrate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogTest {
  private final Catalog catalog = Catalog.builtin();
  private final Target sonnet4 = catalog.target("sonnet-4").orElseThrow();

  @ParameterizedTest
  @CsvSource({
    "anthropic.claude-3-5-sonnet-20241022-v2:0, BEDROCK_BASE, claude-3-5-sonnet-v2",
    "us.anthropic.claude-3-5-sonnet-20241022-v2:0, INFERENCE_PROFILE, claude-3-5-sonnet-v2",
    "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0, FOUNDATION_MODEL_ARN, claude-3-5-sonnet-v1",
    "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0, INFERENCE_PROFILE_ARN, claude-3-5-sonnet-v2",
    "claude-3-5-sonnet-20241022, ANTHROPIC, claude-3-5-sonnet-v2",
    "claude-3-5-sonnet-latest, ANTHROPIC_ALIAS, claude-3-5-sonnet-v2",
    "claude-3-5-sonnet-v2@20241022, VERTEX, claude-3-5-sonnet-v2",
    "claude-3-5-sonnet@20240620, VERTEX, claude-3-5-sonnet-v1",
  })
  void identifiesEveryForm(String id, IdForm form, String model) {
    IdMatch m = catalog.identify(id).orElseThrow();
    assertEquals(form, m.form());
    assertEquals(model, m.model().key());
  }

  @Test
  void findsIdsInTextWithoutPartialOrIamWildcardMatches() {
    String text =
        "a = \"us.anthropic.claude-3-5-sonnet-20241022-v2:0\" # x\n"
            + "Resource: arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0\n"
            + "b = 'claude-3-5-sonnet-20241022-extra'\n"
            + "c = 'anthropic.claude-4-sonnet-20240514-v1:0'\n";
    List<IdMatch> found = catalog.findIds(text);
    assertEquals(2, found.size(), found.toString());
    assertEquals("us", found.get(0).prefix());
    assertTrue(found.get(1).bogus());
    assertEquals("claude-sonnet-4", found.get(1).model().key());
  }

  @Test
  void rendersKeepingTheForm() {
    assertEquals(
        new Rendering.Replacement("us.anthropic.claude-sonnet-4-20250514-v1:0", null),
        catalog.render(
            catalog.identify("us.anthropic.claude-3-5-sonnet-20241022-v2:0").orElseThrow(),
            sonnet4,
            null));
    assertEquals(
        "claude-sonnet-4@20250514",
        ((Rendering.Replacement)
                catalog.render(
                    catalog.identify("claude-3-5-sonnet-v2@20241022").orElseThrow(), sonnet4, null))
            .text());
    assertEquals(
        "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.anthropic.claude-sonnet-4-20250514-v1:0",
        ((Rendering.Replacement)
                catalog.render(
                    catalog
                        .identify(
                            "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.anthropic.claude-3-5-sonnet-20240620-v1:0")
                        .orElseThrow(),
                    sonnet4,
                    null))
            .text());
  }

  @Test
  void baseIdNeedsAPrefixForClaude4() {
    IdMatch base = catalog.identify("anthropic.claude-3-5-sonnet-20241022-v2:0").orElseThrow();
    assertInstanceOf(Rendering.Choice.class, catalog.render(base, sonnet4, null));
    assertEquals(
        "eu.anthropic.claude-sonnet-4-20250514-v1:0",
        ((Rendering.Replacement)
                catalog.render(
                    base, sonnet4, catalog.prefixForRegion("eu-central-1").orElseThrow()))
            .text());
    IdMatch bogus = catalog.identify("apac.anthropic.claude-4-sonnet-20240514-v1:0").orElseThrow();
    assertEquals(
        "apac.anthropic.claude-sonnet-4-20250514-v1:0",
        ((Rendering.Replacement) catalog.render(bogus, sonnet4, null)).text());
  }

  @Test
  void sonnet45HasNoApacProfile() {
    Target t = catalog.target("sonnet-4.5").orElseThrow();
    IdMatch apac = catalog.identify("apac.anthropic.claude-3-5-sonnet-20241022-v2:0").orElseThrow();
    assertInstanceOf(Rendering.Choice.class, catalog.render(apac, t, null));
  }

  @Test
  void lifecycleAndSuccessor() {
    Model s4 = catalog.targetModel(sonnet4);
    assertEquals(Lifecycle.State.END_OF_LIFE, s4.lifecycle().stateOn(LocalDate.of(2026, 11, 26)));
    assertEquals(Lifecycle.State.ACTIVE, s4.lifecycle().stateOn(LocalDate.of(2026, 1, 1)));
    assertEquals(
        "claude-sonnet-4-5",
        catalog.newestActiveSuccessor(sonnet4, LocalDate.of(2026, 11, 26)).orElseThrow().key());
  }

  @Test
  void userOverrideMergesByKey(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("cat.yaml");
    Files.writeString(
        f, "models:\n  - key: claude-sonnet-4\n    lifecycle: {endOfLife: \"2030-01-01\"}\n");
    Catalog c = CatalogLoader.withOverride(f);
    Model s4 = c.model("claude-sonnet-4").orElseThrow();
    assertEquals(LocalDate.of(2030, 1, 1), s4.lifecycle().endOfLife());
    assertEquals("anthropic.claude-sonnet-4-20250514-v1:0", s4.bedrockId());
  }
}
