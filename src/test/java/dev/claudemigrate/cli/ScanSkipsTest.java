package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file or folder a scan leaves out is said, one line each, and the exit code tells. */
class ScanSkipsTest {
  static final String OLD = "anthropic.claude-3-5-sonnet-20241022-v2:0";

  @TempDir Path dir;

  private CliRun migrate(String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  private static void sh(Path dir, String script) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).start();
    assertEquals(0, p.waitFor(), new String(p.getErrorStream().readAllBytes()));
  }

  @Test
  void aPathLongerThanTheSystemLimitIsCountedAndExitThree() throws Exception {
    Path root = Files.createDirectories(dir.resolve("tree"));
    Files.writeString(root.resolve("ok.py"), "M = '" + OLD + "'\n");
    // 25 folders of 200 bytes: past PATH_MAX (4096); made step by step with relative paths.
    sh(
        root,
        "for i in $(seq 25); do d=$(printf 'd%.0s' $(seq 200)); mkdir $d && cd $d || exit 1; done;"
            + " echo \"M = '"
            + OLD
            + "'\" > deep.py");
    CliRun run;
    try {
      run = migrate("scan", "tree", "--format", "json");
    } finally {
      sh(dir, "rm -rf tree"); // JUnit cannot delete past PATH_MAX
    }
    assertEquals(3, run.code(), run.err());
    assertEquals(1, run.errCount("cannot read"), run.err());
    assertTrue(run.err().contains("File name too long"), run.err());
    assertTrue(run.out().contains("ok.py"), "the rest is scanned");
  }

  @Test
  void aFileOverTheSizeLimitNamedOnTheCommandLineIsNotScannedAndSaysSo() throws IOException {
    Path big = dir.resolve("big.py");
    Files.writeString(big, "M = '" + OLD + "'\n" + "#".repeat(2 * 1024 * 1024) + "\n");
    CliRun named = migrate("scan", "big.py", "--max-file-size", "1");
    assertEquals(3, named.code(), named.out() + named.err());
    assertTrue(
        (named.out() + named.err()).contains("big.py: not scanned: larger than 1 MiB (2.0 MiB)"),
        named.out() + named.err());
    CliRun raised = migrate("scan", "big.py", "--max-file-size", "4");
    assertEquals(1, raised.code(), raised.err());
  }

  @Test
  void aFileOverTheSizeLimitInATreeIsSaidAndCountedAsNotScanned() throws IOException {
    Files.createDirectories(dir.resolve("t"));
    Files.writeString(dir.resolve("t/big.py"), "#".repeat(2 * 1024 * 1024) + "\n");
    CliRun run = migrate("scan", "t", "--max-file-size", "1");
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("big.py: skipped: larger than 1 MiB (2.0 MiB)"), run.out());
  }

  @Test
  void aNamedBinaryFileSaysItWasSkippedAndWhy() throws IOException {
    Path bin = dir.resolve("model.py");
    Files.write(bin, new byte[] {'M', 0, 1, 2, '\n'});
    CliRun run = migrate("scan", "model.py");
    assertEquals(3, run.code(), run.out() + run.err());
    assertTrue(
        (run.out() + run.err())
            .contains("model.py: not scanned: binary (a NUL byte in the first 8 KiB)"),
        run.out() + run.err());
    assertFalse(run.out().contains("no findings"), run.out());
  }

  @Test
  void aFifoNamedAsThePathIsNeverOpened() throws Exception {
    sh(dir, "mkfifo pipe.py");
    CliRun scan =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> migrate("scan", "pipe.py"));
    assertEquals(3, scan.code(), scan.out() + scan.err());
    assertTrue(
        (scan.out() + scan.err()).contains("pipe.py: not scanned: not a regular file (a FIFO)"),
        scan.out() + scan.err());
    CliRun apply =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> migrate("apply", "pipe.py"));
    assertEquals(3, apply.code(), apply.out() + apply.err());
  }
}
