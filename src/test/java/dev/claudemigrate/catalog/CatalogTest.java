package dev.claudemigrate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

  /** The table the rules' triggers read says what the pattern says, for every literal. */
  @Test
  void knownIdsNameWhatIdentifyNames() {
    List<Catalog.KnownId> known = catalog.knownIds();
    assertEquals(catalog.knownIdStrings().size(), known.size());
    assertTrue(known.stream().anyMatch(Catalog.KnownId::bogus), "bogus literals are listed too");
    for (Catalog.KnownId k : known) {
      IdMatch m = catalog.identify(k.text()).orElseThrow(() -> new AssertionError(k.text()));
      assertEquals(m.model(), k.model(), k.text());
      assertEquals(m.bogus(), k.bogus(), k.text());
    }
  }

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
  void findsAnArnInTheModelSegmentOfARuntimeUrl() {
    String url =
        "/model/arn:aws:bedrock:us-east-1:123456789012:foundation-model/"
            + "anthropic.claude-3-sonnet-20240229-v1:0/invoke";
    List<IdMatch> found = catalog.findIds("path = \"" + url + "\"\n");
    assertEquals(1, found.size(), found.toString());
    assertEquals(IdForm.FOUNDATION_MODEL_ARN, found.get(0).form());
    assertEquals("us-east-1", found.get(0).region());
    assertTrue(found.get(0).text().startsWith("arn:aws:bedrock:"), found.get(0).text());
    // Before this change only an ID could follow /model/; other paths still stay out.
    assertEquals(List.of(), catalog.findIds("p = \"/models/arn:aws:bedrock:us-east-1::x\"\n"));
  }

  @Test
  void rendersKeepingTheForm() {
    assertEquals(
        new Rendering.Replacement("us.anthropic.claude-sonnet-4-20250514-v1:0", null),
        catalog.render(
            catalog.identify("us.anthropic.claude-3-5-sonnet-20241022-v2:0").orElseThrow(),
            sonnet4,
            ProfileHint.NONE));
    assertEquals(
        "claude-sonnet-4@20250514",
        ((Rendering.Replacement)
                catalog.render(
                    catalog.identify("claude-3-5-sonnet-v2@20241022").orElseThrow(),
                    sonnet4,
                    ProfileHint.NONE))
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
                    ProfileHint.NONE))
            .text());
  }

  @Test
  void baseIdNeedsAPrefixForClaude4() {
    IdMatch base = catalog.identify("anthropic.claude-3-5-sonnet-20241022-v2:0").orElseThrow();
    assertInstanceOf(Rendering.Choice.class, catalog.render(base, sonnet4, ProfileHint.NONE));
    assertEquals(
        "eu.anthropic.claude-sonnet-4-20250514-v1:0",
        ((Rendering.Replacement)
                catalog.render(base, sonnet4, ProfileHint.ofRegion("eu-central-1")))
            .text());
    IdMatch bogus = catalog.identify("apac.anthropic.claude-4-sonnet-20240514-v1:0").orElseThrow();
    assertEquals(
        "apac.anthropic.claude-sonnet-4-20250514-v1:0",
        ((Rendering.Replacement) catalog.render(bogus, sonnet4, ProfileHint.NONE)).text());
  }

  @Test
  void aPrefixTheTargetLacksIsReportedWithoutARegion() {
    Target t = catalog.target("sonnet-4.5").orElseThrow();
    IdMatch apac = catalog.identify("apac.anthropic.claude-3-5-sonnet-20241022-v2:0").orElseThrow();
    Rendering.Choice c =
        assertInstanceOf(Rendering.Choice.class, catalog.render(apac, t, ProfileHint.NONE));
    assertTrue(c.why().startsWith("Claude Sonnet 4.5 has no 'apac.' inference profile"), c.why());
  }

  @Test
  void aPrefixTheTargetLacksFollowsTheRegion() {
    Target t = catalog.target("sonnet-4.6").orElseThrow();
    IdMatch apac = catalog.identify("apac.anthropic.claude-3-7-sonnet-20250219-v1:0").orElseThrow();
    Rendering.Replacement tokyo =
        assertInstanceOf(
            Rendering.Replacement.class,
            catalog.render(apac, t, ProfileHint.ofRegion("ap-northeast-1")));
    assertEquals("jp.anthropic.claude-sonnet-4-6", tokyo.text());
    assertTrue(tokyo.note().contains("'jp.' chosen for region ap-northeast-1"), tokyo.note());
    // Singapore has only 'global.', which routes requests outside Asia Pacific: a person chooses.
    Rendering.Choice singapore =
        assertInstanceOf(
            Rendering.Choice.class,
            catalog.render(apac, t, ProfileHint.ofRegion("ap-southeast-1")));
    assertTrue(singapore.options().contains("global.anthropic.claude-sonnet-4-6"), singapore.why());
    assertTrue(singapore.why().contains("outside the 'apac.' geography"), singapore.why());
    IdMatch arn =
        catalog
            .identify(
                "arn:aws:bedrock:ap-northeast-1:123456789012:inference-profile/apac.anthropic.claude-sonnet-4-20250514-v1:0")
            .orElseThrow();
    assertEquals(
        "arn:aws:bedrock:ap-northeast-1:123456789012:inference-profile/jp.anthropic.claude-sonnet-4-6",
        ((Rendering.Replacement) catalog.render(arn, t, ProfileHint.NONE)).text());
  }

  /**
   * Before: an 'apac.' profile in a project whose region default is us-east-1 became 'us.', moving
   * the calls to another geography. The ID's prefix says where the code runs; a region of another
   * geography does not decide.
   */
  @Test
  void aRegionOfAnotherGeographyDoesNotChooseForAPrefixTheTargetLacks() {
    Target t = catalog.target("sonnet-4.6").orElseThrow();
    IdMatch apac = catalog.identify("apac.anthropic.claude-sonnet-4-20250514-v1:0").orElseThrow();
    Rendering.Choice c =
        assertInstanceOf(
            Rendering.Choice.class, catalog.render(apac, t, ProfileHint.ofRegion("us-east-1")));
    assertTrue(c.why().contains("region us-east-1 is not in the 'apac.' geography"), c.why());
    assertTrue(c.options().contains("jp.anthropic.claude-sonnet-4-6"), c.options().toString());
    IdMatch arn =
        catalog
            .identify(
                "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/apac.anthropic.claude-sonnet-4-20250514-v1:0")
            .orElseThrow();
    assertInstanceOf(Rendering.Choice.class, catalog.render(arn, t, ProfileHint.NONE));
  }

  @Test
  void sonnet46IdsInEveryForm() {
    Target t = catalog.target("sonnet-4.6").orElseThrow();
    assertEquals(
        "claude-sonnet-4-6",
        ((Rendering.Replacement)
                catalog.render(
                    catalog.identify("claude-3-5-sonnet-latest").orElseThrow(),
                    t,
                    ProfileHint.NONE))
            .text());
    assertEquals(
        "eu.anthropic.claude-sonnet-4-6",
        ((Rendering.Replacement)
                catalog.render(
                    catalog.identify("eu.anthropic.claude-sonnet-4-5-20250929-v1:0").orElseThrow(),
                    t,
                    ProfileHint.NONE))
            .text());
    assertEquals(
        "us.anthropic.claude-sonnet-4-6",
        ((Rendering.Replacement)
                catalog.render(
                    catalog.identify("anthropic.claude-3-5-sonnet-20240620-v1:0").orElseThrow(),
                    t,
                    ProfileHint.ofRegion("us-west-2")))
            .text());
    assertInstanceOf(
        Rendering.Choice.class,
        catalog.render(
            catalog.identify("claude-3-7-sonnet@20250219").orElseThrow(), t, ProfileHint.NONE),
        "no confirmed Vertex AI name for Sonnet 4.6: reported, not guessed");
    Model s46 = catalog.model("claude-sonnet-4-6").orElseThrow();
    assertEquals(List.of("global", "us", "eu", "jp"), s46.profilePrefixes());
    assertEquals(s46, catalog.identify("global.anthropic.claude-sonnet-4-6").orElseThrow().model());
  }

  @Test
  void messagesApiModelsAreKnownButNoTarget() {
    for (String id :
        List.of(
            "anthropic.claude-sonnet-5",
            "anthropic.claude-sonnet-5-5",
            "anthropic.claude-opus-4-7")) {
      Model m = catalog.identify(id).orElseThrow().model();
      assertFalse(m.converse(), id);
      assertTrue(catalog.targets().values().stream().noneMatch(t -> t.modelKey().equals(m.key())));
    }
  }

  @Test
  void lifecycleAndSuccessor() {
    Model s4 = catalog.targetModel(sonnet4);
    assertEquals(Lifecycle.State.END_OF_LIFE, s4.lifecycle().stateOn(LocalDate.of(2026, 11, 26)));
    assertEquals(Lifecycle.State.ACTIVE, s4.lifecycle().stateOn(LocalDate.of(2026, 1, 1)));
    assertEquals(Lifecycle.State.EXTENDED_ACCESS, s4.lifecycle().stateOn(LocalDate.of(2026, 8, 1)));
    assertEquals(
        "claude-sonnet-4-6",
        catalog.newestActiveSuccessor(sonnet4, LocalDate.of(2026, 11, 26)).orElseThrow().key());
    Model s45 = catalog.model("claude-sonnet-4-5").orElseThrow();
    assertEquals(Lifecycle.State.LEGACY, s45.lifecycle().stateOn(LocalDate.of(2026, 12, 3)));
    assertEquals(
        "https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html",
        s45.lifecycle().source().url());
    assertEquals("2026-12-03", s45.lifecycle().source().readOn());
  }

  @Test
  void theDefaultTargetFollowsTheDate(@TempDir Path dir) throws Exception {
    assertEquals(
        "sonnet-4.6", catalog.defaultTarget(LocalDate.of(2026, 12, 3)).orElseThrow().name());
    // AWS publishes dates for Sonnet 4.6: the default moves with them.
    Path f = dir.resolve("cat.yaml");
    Files.writeString(
        f,
        "models:\n  - key: claude-sonnet-4-6\n"
            + "    lifecycle: {legacyFrom: \"2026-09-01\", endOfLife: \"2026-10-01\"}\n");
    Catalog c = CatalogLoader.withOverride(f);
    assertEquals("sonnet-4.6", c.defaultTarget(LocalDate.of(2026, 8, 31)).orElseThrow().name());
    assertEquals("sonnet-4.5", c.defaultTarget(LocalDate.of(2026, 9, 15)).orElseThrow().name());
    // Nothing active: the newest that still answers (legacy), never a retired one.
    assertEquals("sonnet-4.5", c.defaultTarget(LocalDate.of(2026, 12, 3)).orElseThrow().name());
    assertTrue(c.defaultTarget(LocalDate.of(2027, 4, 8)).isEmpty());
  }

  @Test
  void vocabularyIsCheckedOnLoadNamingFileAndKey(@TempDir Path dir) throws Exception {
    Path typo = dir.resolve("typo.yaml");
    Files.writeString(typo, "betas:\n  - {value: computer-use-2024-10-22, action: nwe}\n");
    CatalogException e =
        assertThrows(CatalogException.class, () -> CatalogLoader.withOverride(typo));
    assertEquals(
        typo
            + ": betas[computer-use-2024-10-22].action: unknown value 'nwe' (known: replace, remove, keep, new)",
        e.getMessage());
    Path severity = dir.resolve("sev.yaml");
    Files.writeString(
        severity, "targets:\n  - name: sonnet-4.6\n    replaces: {claude-3-haiku: critical}\n");
    e = assertThrows(CatalogException.class, () -> CatalogLoader.withOverride(severity));
    assertEquals(
        severity
            + ": targets[sonnet-4.6].replaces.claude-3-haiku: unknown value 'critical' (known: error, warning, info)",
        e.getMessage());
    Path family = dir.resolve("family.yaml");
    Files.writeString(family, "tools:\n  - {type: computer_20991231, family: mouse}\n");
    e = assertThrows(CatalogException.class, () -> CatalogLoader.withOverride(family));
    assertTrue(
        e.getMessage().startsWith(family + ": tools[computer_20991231].family"), e.getMessage());
    Path target = dir.resolve("target.yaml");
    Files.writeString(target, "targets:\n  - {name: sonnet-5, model: claude-sonnet-5}\n");
    e = assertThrows(CatalogException.class, () -> CatalogLoader.withOverride(target));
    assertTrue(e.getMessage().contains("not a Converse target"), e.getMessage());
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
