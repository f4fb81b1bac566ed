package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.report.Golden;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every help text, byte for byte, against golden files under {@code src/test/resources/help/}: the
 * commands on a run's path are declared with picocli's builders rather than its annotations (ADR
 * 0122), and what users read must not move when a declaration does. Rewrite the files after a
 * deliberate change with {@code -Dgolden.update=true} and review the diff.
 */
class HelpGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/help");

  @TempDir Path dir;

  @ParameterizedTest(name = "migrate {0}")
  @CsvSource({
    "--help, migrate.txt",
    "help, migrate.txt",
    "scan --help, scan.txt",
    "help scan, scan.txt",
    "apply --help, apply.txt",
    "models --help, models.txt",
    "rules --help, rules.txt",
    "smoke --help, smoke.txt",
    "doctor --help, doctor.txt",
    "eval --help, eval.txt"
  })
  void helpMatchesGoldenFile(String args, String golden) throws IOException {
    CliRun run =
        CliRun.migrate(Environment.forTest(dir, ScanFixtures.clock("2026-12-05")), args.split(" "));
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    Golden.assertMatches(DIR, golden, run.out());
  }
}
