package dev.claudemigrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs {@code migrate} in-process and keeps its exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  static CliRun run(Path dir, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Migrate(new Environment(dir, env, CLOCK, false)).run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs {@code command --endpoint-url endpoint args...} with static keys. */
  static CliRun against(Path dir, java.net.URI endpoint, String command, String... args) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(command, "--endpoint-url", endpoint.toString()));
    all.addAll(java.util.List.of(args));
    return run(dir, keys(dir), all.toArray(String[]::new));
  }

  /** Environment with static keys, and profile files pointed away from the machine's ~/.aws. */
  static Map<String, String> keys(Path dir) {
    return Map.of("AWS_ACCESS_KEY_ID", "AKIDCLITEST", "AWS_SECRET_ACCESS_KEY", "cliTestSecret",
        "AWS_CONFIG_FILE", dir.resolve("no-config").toString(), "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString(),
        "HOME", dir.toString());
  }

  /** No keys, no profiles: nothing to find. */
  static Map<String, String> nothing(Path dir) {
    return Map.of("AWS_CONFIG_FILE", dir.resolve("no-config").toString(),
        "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString(), "HOME", dir.toString());
  }
}
