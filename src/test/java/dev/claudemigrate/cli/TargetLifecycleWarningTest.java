package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.CatalogLoader;
import dev.claudemigrate.catalog.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetLifecycleWarningTest {
  private static final String URL =
      "https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html";
  private final Catalog catalog = Catalog.builtin();
  private final Target sonnet4 = catalog.target("sonnet-4").orElseThrow();

  @Test
  void activeTargetHasNoWarning() {
    assertEquals(
        Optional.empty(),
        TargetLifecycleWarning.message(catalog, sonnet4, LocalDate.parse("2026-04-13")));
    assertEquals(
        Optional.empty(),
        TargetLifecycleWarning.message(
            catalog, catalog.target("sonnet-4.6").orElseThrow(), LocalDate.parse("2026-12-03")));
  }

  @Test
  void legacyTargetNamesItsDatesTheLiveTargetAndThePage() {
    assertEquals(
        Optional.of(
            "target sonnet-4.5 (Claude Sonnet 4.5) is legacy on Bedrock since 2026-10-08, end of"
                + " life 2027-04-08; newest active: --to sonnet-4.6 ("
                + URL
                + ")"),
        TargetLifecycleWarning.message(
            catalog, catalog.target("sonnet-4.5").orElseThrow(), LocalDate.parse("2026-12-03")));
  }

  @Test
  void endOfLifeFromItsDate() {
    String w =
        TargetLifecycleWarning.message(catalog, sonnet4, LocalDate.parse("2026-10-14"))
            .orElseThrow();
    assertEquals(
        "target sonnet-4 (Claude Sonnet 4) reached end of life on Bedrock on 2026-10-14: calls"
            + " fail; newest active: --to sonnet-4.6 ("
            + URL
            + ")",
        w);
  }

  @Test
  void saysSoWhenNoSuccessorIsActive(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.yaml");
    Files.writeString(
        file,
        "models:\n  - key: claude-sonnet-4-6\n    lifecycle: {endOfLife: \"2026-11-01\"}\n"
            + "  - key: claude-sonnet-4-5\n    lifecycle: {endOfLife: \"2026-11-01\"}\n");
    Catalog c = CatalogLoader.withOverride(file);
    String w =
        TargetLifecycleWarning.message(
                c, c.target("sonnet-4").orElseThrow(), LocalDate.parse("2026-11-26"))
            .orElseThrow();
    assertTrue(w.endsWith("; no active successor in the catalog (" + URL + ")"), w);
  }
}
