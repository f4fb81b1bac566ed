package dev.claudemigrate.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real git binary in a test folder, isolated from the user's and the machine's config. */
public final class GitFixture {
  private GitFixture() {}

  /**
   * Runs {@code git args} in {@code dir}, optionally feeding {@code stdin}; returns exit code and
   * output.
   */
  public static Map.Entry<Integer, String> run(Path dir, String stdin, String... args) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "core.autocrlf=false",
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.invalid",
                "-c",
                "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().remove("GIT_DIR");
    pb.environment().remove("GIT_WORK_TREE");
    try {
      Process p = pb.start();
      if (stdin != null) {
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return Map.entry(p.waitFor(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs git and fails the test when it does not exit 0. */
  public static String ok(Path dir, String stdin, String... args) {
    Map.Entry<Integer, String> r = run(dir, stdin, args);
    assertEquals(0, r.getKey(), () -> "git " + String.join(" ", args) + ": " + r.getValue());
    return r.getValue();
  }

  /** Makes {@code dir} a repository with everything in it committed. */
  public static void commitAll(Path dir) {
    ok(dir, null, "init", "-q", "-b", "main");
    ok(dir, null, "add", "-A");
    ok(dir, null, "commit", "-q", "-m", "initial");
  }
}
