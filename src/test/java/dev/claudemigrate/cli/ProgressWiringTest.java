package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress as the commands wire it: scan (one root and several) and apply draw on stderr only when
 * stderr is a terminal, never on stdout, not in a short CI run, not with --quiet; and a report
 * written to a file ends stderr with one line saying what went where.
 */
class ProgressWiringTest {
  private static final String OLD = "anthropic.claude-3-5-sonnet-20241022-v2:0";
  @TempDir Path dir;

  private Environment env(boolean out, boolean err, Map<String, String> vars) {
    return new Environment(dir, vars, CliRun.CLOCK, out, err);
  }

  private void project(String name) throws IOException {
    Path root = Files.createDirectories(dir.resolve(name));
    Files.writeString(
        root.resolve("agent.py"),
        "TOOLS = [{\"type\": \"text_editor_20250124\", \"name\": \"str_replace_editor\"}]\n"
            + "MODEL = \""
            + OLD
            + "\"\n");
  }

  private static String lastLine(String text) {
    return text.strip().lines().reduce((a, b) -> b).orElse("");
  }

  @Test
  void applyOnATerminalDrawsItsWritesOnStderrAndErasesThem() throws IOException {
    project("p");
    CliRun run =
        CliRun.migrate(env(false, true, Map.of("COLUMNS", "100")), "apply", "p", "--allow-dirty");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("\rReading"), run.err());
    assertTrue(run.err().contains("\rWriting"), run.err());
    assertFalse(run.out().contains("\r"), run.out());
    assertTrue(Files.readString(dir.resolve("p/agent.py")).contains("str_replace_based_edit_tool"));
  }

  @Test
  void stderrNotATerminalGetsNoBarEvenWhenStdoutIsOne() throws IOException {
    project("p");
    CliRun run = CliRun.migrate(env(true, false, Map.of()), "scan", "p", "--fail-on", "never");
    assertEquals(0, run.code(), run.err());
    assertFalse(run.err().contains("Reading") || run.err().contains("\r"), run.err());
  }

  @Test
  void aShortRunInCiPrintsNoProgressLineAndQuietPrintsNothing() throws IOException {
    project("p");
    CliRun ci =
        CliRun.migrate(env(false, false, Map.of("CI", "true")), "scan", "p", "--fail-on", "never");
    assertFalse(ci.err().contains("Reading") || ci.err().contains("Checking"), ci.err());
    CliRun quiet = CliRun.migrate(env(true, true, Map.of()), "apply", "p", "--check", "--quiet");
    assertEquals(1, quiet.code());
    assertEquals("", quiet.err());
    assertEquals("", quiet.out());
  }

  @Test
  void severalRootsOnATerminalDrawEachRootAndEndWithWhatWasWritten() throws IOException {
    project("a");
    project("b");
    CliRun run =
        CliRun.migrate(
            env(false, true, Map.of("COLUMNS", "100")),
            "scan",
            "a",
            "b",
            "--format",
            "json",
            "-o",
            "roots.json",
            "--fail-on",
            "never");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.errCount("\rReading") >= 2, "one bar per root: " + run.err());
    assertEquals("migrate: wrote the json report over 2 roots to roots.json", lastLine(run.err()));
    assertTrue(Files.readString(dir.resolve("roots.json")).contains("\"roots\""));
  }

  @Test
  void scanToAFileEndsWithWhatWasWrittenAfterTheUnreadableFiles() {
    Environment env = Environment.forTest(dir, CliRun.CLOCK);
    var fake =
        new ScanFixtures.FakeScanner(
            List.of(Severity.ERROR), List.of(new FileError("bad.json", "not valid UTF-8")));
    CliRun run =
        CliRun.command(
            env,
            new ScanCommand(env, ScanFixtures.rules(), fake),
            "-o",
            "r.txt",
            "--fail-on",
            "never");
    assertEquals(3, run.code());
    assertTrue(run.err().contains("migrate scan: bad.json: not valid UTF-8\n"), run.err());
    assertTrue(
        lastLine(run.err()).matches("migrate: wrote the text report \\(1 finding .*\\) to r\\.txt"),
        run.err());
  }

  @Test
  void applyReportEndsWithWhatWasWrittenWhere() throws IOException {
    project("p");
    CliRun run =
        CliRun.migrate(
            env(false, false, Map.of()), "apply", "p", "--allow-dirty", "--report", "MIGRATION.md");
    assertEquals(0, run.code(), run.err());
    assertEquals("migrate apply: wrote the report to MIGRATION.md", lastLine(run.err()));
  }
}
