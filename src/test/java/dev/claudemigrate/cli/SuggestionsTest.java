package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionsTest {
  @TempDir Path dir;

  @Test
  void mistypedSubcommandGetsDidYouMean() {
    CliRun run = CliRun.run(dir, Map.of(), "scna", ".");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("Did you mean: migrate scan?"), run.err());
  }

  @Test
  void mistypedOptionGetsDidYouMeanEvenWithSwappedLetters() {
    CliRun swapped = CliRun.run(dir, Map.of(), "scan", "--fromat", "json");
    assertEquals(2, swapped.code());
    assertTrue(swapped.err().contains("Did you mean: --format?"), swapped.err());
    CliRun missing = CliRun.run(dir, Map.of(), "apply", "--dryrun");
    assertTrue(missing.err().contains("--dry-run"), missing.err());
    CliRun nothingClose = CliRun.run(dir, Map.of(), "models", "--zzzzzzzz");
    assertTrue(!nothingClose.err().contains("Did you mean"), nothingClose.err());
  }

  @Test
  void distanceCountsASwapAsOneEdit() {
    assertEquals(1, Suggestions.distance("--fromat", "--format"));
    assertEquals(1, Suggestions.distance("scna", "scan"));
    assertEquals(2, Suggestions.distance("modles", "model"));
    assertEquals(0, Suggestions.distance("rules", "rules"));
  }
}
