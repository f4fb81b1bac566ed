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
            catalog, catalog.target("sonnet-4.5").orElseThrow(), LocalDate.parse("2026-11-26")));
  }

  @Test
  void legacyTargetNamesBothDatesSourceAndSuccessor() {
    String w =
        TargetLifecycleWarning.message(catalog, sonnet4, LocalDate.parse("2026-04-14"))
            .orElseThrow();
    assertEquals(
        "target sonnet-4 (Claude Sonnet 4) is legacy on Bedrock since 2026-04-14, end of life 2026-10-14"
            + " (source: claude-on-bedrock.md reference; sources disagree, read 2026-11-26; uncertain)"
            + "; newest active successor: Claude Sonnet 4.5 (--to sonnet-4.5)",
        w);
  }

  @Test
  void endOfLifeFromItsDate() {
    String w =
        TargetLifecycleWarning.message(catalog, sonnet4, LocalDate.parse("2026-10-14"))
            .orElseThrow();
    assertTrue(
        w.startsWith(
            "target sonnet-4 (Claude Sonnet 4) reached end of life on Bedrock on 2026-10-14"),
        w);
  }

  @Test
  void saysSoWhenNoSuccessorIsActive(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.yaml");
    Files.writeString(
        file, "models:\n  - key: claude-sonnet-4-5\n    lifecycle: {endOfLife: \"2026-11-01\"}\n");
    Catalog c = CatalogLoader.withOverride(file);
    String w =
        TargetLifecycleWarning.message(
                c, c.target("sonnet-4").orElseThrow(), LocalDate.parse("2026-11-26"))
            .orElseThrow();
    assertTrue(w.endsWith("; the catalog names no active successor; see 'migrate models'"), w);
  }
}
