package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Launches the shaded jar the way the README does, in a separate JVM. */
class JarLaunchIT {
  private static final Path JAR =
      Path.of(System.getProperty("migrate.jar", "target/claude-migrate.jar"));

  /** Exit code and the two output streams of one launch. */
  private record Launch(int code, String out, String err) {}

  private static Launch migrate(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("migrate", ".out");
    Path err = Files.createTempFile("migrate", ".err");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(
        p.waitFor(120, TimeUnit.SECONDS), "migrate " + String.join(" ", args) + " did not finish");
    return new Launch(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void versionAndHelp() throws Exception {
    Launch v = migrate(Path.of("."), "--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("migrate (claude-migrate) "), v.out());
    Launch h = migrate(Path.of("."), "--help");
    assertTrue(h.out().contains("Exit codes:"), h.out());
    Launch bad = migrate(Path.of("."), "scan", "--no-such-option");
    assertEquals(2, bad.code());
  }

  @Test
  void scanOfTheSamplesAsTheReadmeRunsIt() throws Exception {
    Launch text = migrate(Path.of("."), "scan", "samples/");
    assertEquals(1, text.code(), text.err());
    assertTrue(text.out().contains("71 findings"), text.out());
    Launch json = migrate(Path.of("."), "scan", "samples/", "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertEquals(71, doc.path("findings").size());
  }

  @Test
  void applyOnACopyThenCheckIsClean(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("samples");
    copyTree(Path.of("samples"), copy);
    assertEquals(1, migrate(copy, "apply", ".", "--check").code());
    Launch apply = migrate(copy, "apply", ".");
    assertEquals(0, apply.code(), apply.err());
    assertTrue(
        Files.readString(copy.resolve("python-agent/agent.py"))
            .contains("str_replace_based_edit_tool"));
    Launch check = migrate(copy, "apply", ".", "--check");
    assertEquals(0, check.code(), check.out() + check.err());
  }

  @Test
  void smokeReplaysTheShippedRecordingOffline() throws Exception {
    Launch smoke =
        migrate(
            Path.of("."),
            "smoke",
            "--replay",
            "samples/smoke/recording.jsonl",
            "--region",
            "us-east-1",
            "--guardrail-id",
            "gr-sample",
            "--guardrail-version",
            "1");
    assertEquals(0, smoke.code(), smoke.out() + smoke.err());
    assertTrue(smoke.out().contains("4 passed, 0 failed"), smoke.out());
  }

  @Test
  void smokeOfTheSampleProjectReplaysAndDryRunsOffline() throws Exception {
    Launch replay =
        migrate(
            Path.of("."),
            "smoke",
            "samples/smoke/project",
            "--replay",
            "samples/smoke/project.jsonl");
    Launch dry = migrate(Path.of("."), "smoke", "samples/smoke/project", "--dry-run");

    assertEquals(0, replay.code(), replay.out() + replay.err());
    assertTrue(
        replay.out().contains("5 passed, 0 failed, 0 not sent; 1 not smoke-tested"), replay.out());
    assertEquals(0, dry.code(), dry.out() + dry.err());
    assertTrue(dry.out().contains("5 calls would be sent"), dry.out());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
