package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress goes to stderr only, as a bar on a terminal, a few lines in CI, else nothing. */
class ProgressTest {
  @TempDir Path dir;

  private Environment env(boolean terminal, Map<String, String> vars) {
    return new Environment(dir, vars, CliRun.CLOCK, terminal);
  }

  @Test
  void modeFollowsTerminalCiAndQuiet() {
    assertEquals(Progress.Mode.TERMINAL, Progress.Mode.of(env(true, Map.of()), false));
    assertEquals(Progress.Mode.NONE, Progress.Mode.of(env(true, Map.of()), true));
    assertEquals(Progress.Mode.CI, Progress.Mode.of(env(false, Map.of("CI", "true")), false));
    assertEquals(Progress.Mode.NONE, Progress.Mode.of(env(false, Map.of("CI", "true")), true));
    assertEquals(Progress.Mode.NONE, Progress.Mode.of(env(false, Map.of("CI", "false")), false));
    assertEquals(Progress.Mode.NONE, Progress.Mode.of(env(false, Map.of()), false));
  }

  @Test
  void ciPrintsAtMostOneLineEveryFiveSecondsAndOnlyWhenTheCountMoved() {
    StringWriter out = new StringWriter();
    AtomicLong count = new AtomicLong();
    Progress.CiLines lines = new Progress.CiLines(new PrintWriter(out), count::get, 0);
    count.set(10);
    lines.accept("scan 10/100", 1_000); // too soon after the start
    assertEquals("", out.toString());
    lines.accept("scan 10/100", 5_000);
    count.set(20);
    lines.accept("scan 20/100", 9_000); // too soon after the last line
    lines.accept("scan 20/100", 10_000);
    lines.accept("scan 20/100", 16_000); // the count did not move
    count.set(400);
    lines.accept("scan 400/400", 21_000);
    assertEquals("scan 10/100\nscan 20/100\nscan 400/400\n", out.toString());
  }

  @Test
  void terminalLineIsRedrawnInPlaceWithinTheWidthAndErasedAtTheEnd() {
    StringWriter out = new StringWriter();
    Progress.TerminalLine line = new Progress.TerminalLine(new PrintWriter(out), 30);
    line.accept("Reading 10 files");
    line.accept("Reading 100% [" + "=".repeat(40) + "] 1000/1000 files");
    line.close();
    String[] draws = out.toString().split("\r", -1);
    assertEquals("", draws[0]);
    assertEquals("Reading 10 files", draws[1]);
    assertEquals(29, draws[2].length(), "never wider than the terminal: " + draws[2]);
    assertEquals(" ".repeat(29), draws[3]);
    assertEquals("", draws[4]);
  }

  @Test
  void scanOnATerminalDrawsOnStderrAndNeverOnStdout() throws Exception {
    Files.writeString(
        dir.resolve("app.py"), "MODEL = \"anthropic.claude-3-5-sonnet-20241022-v2:0\"\n");
    CliRun run =
        CliRun.migrate(
            env(true, Map.of("NO_COLOR", "1", "COLUMNS", "100")),
            "scan",
            ".",
            "--fail-on",
            "never");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("\rReading"), run.err());
    assertTrue(run.err().contains("files/s"), "rate: " + run.err());
    assertFalse(run.out().contains("\r") || run.out().contains("Reading"), run.out());
    CliRun quiet =
        CliRun.migrate(env(true, Map.of()), "scan", ".", "--fail-on", "never", "--quiet");
    assertEquals("", quiet.err());
    CliRun piped = CliRun.migrate(env(false, Map.of()), "scan", ".", "--fail-on", "never");
    assertFalse(piped.err().contains("Reading"), piped.err());
  }

  @Test
  void outputFileEndsWithOneLineSayingWhatWasWrittenWhere() throws Exception {
    Files.writeString(
        dir.resolve("app.py"), "MODEL = \"anthropic.claude-3-5-sonnet-20241022-v2:0\"\n");
    CliRun run =
        CliRun.migrate(
            env(false, Map.of("CI", "true")),
            "scan",
            ".",
            "--format",
            "sarif",
            "-o",
            "../scan.sarif",
            "--fail-on",
            "never");
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out());
    String last = run.err().strip().lines().reduce((a, b) -> b).orElse("");
    assertTrue(
        last.matches("migrate: wrote the sarif report \\(1 finding .*\\) to \\.\\./scan\\.sarif"),
        run.err());
  }
}
