package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar in a container run as an arbitrary user: no home folder it can write. The tree-sitter
 * natives go to the XDG cache or the temporary folder; with neither, one line and exit 3.
 */
class NoHomeIT {
  private static final Path JAR =
      Path.of(System.getProperty("migrate.jar", "target/claude-migrate.jar"));

  private record Launch(int code, String out, String err) {}

  private static Launch scan(Map<String, String> env, String tmpdir, Path dir)
      throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=/dev/null",
                "-Djava.io.tmpdir=" + tmpdir,
                "-jar",
                JAR.toAbsolutePath().toString(),
                "scan",
                Path.of("samples").toAbsolutePath().toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().remove("XDG_CACHE_HOME");
    pb.environment().put("HOME", "/dev/null");
    pb.environment().putAll(env);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    return new Launch(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void scansWithTheXdgCacheOrTheTemporaryFolder(@TempDir Path dir) throws Exception {
    Launch xdg = scan(Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()), "/dev/null", dir);
    assertEquals(1, xdg.code(), xdg.err());
    assertTrue(Files.isDirectory(dir.resolve("cache/claude-migrate/tree-sitter")));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Launch temp = scan(Map.of(), tmp.toString(), dir);
    assertEquals(1, temp.code(), temp.err());
    assertTrue(temp.out().contains("71 findings"), temp.out());
  }

  @Test
  void withNoWritableFolderItSaysSoInOneLine(@TempDir Path dir) throws Exception {
    Launch none = scan(Map.of("XDG_CACHE_HOME", "/dev/null/c"), "/dev/null", dir);
    assertEquals(3, none.code(), none.err());
    assertTrue(
        none.err().contains("migrate scan: cannot unpack the tree-sitter native libraries"),
        none.err());
    assertFalse(none.err().contains("\tat "), none.err());
  }
}
