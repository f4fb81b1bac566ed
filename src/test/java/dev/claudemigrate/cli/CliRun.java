package dev.claudemigrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** The outcome of one in-process command line: exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  /** Runs {@code args} through {@link Migrate#run}, the way {@code Main} does. */
  static CliRun migrate(Environment env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Migrate(env).run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs {@code args} in {@code dir} with the given environment variables and the fixed clock. */
  static CliRun run(Path dir, Map<String, String> env, String... args) {
    return migrate(new Environment(dir, env, CLOCK, false), args);
  }

  /** Runs one command object (for example a command built with a test seam) on {@code args}. */
  static CliRun command(Environment env, Callable<Integer> command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Migrate.configure(Migrate.commandLine(command, new CommandFactory(env)), args);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs {@code command --endpoint-url endpoint args...} with static keys. */
  static CliRun against(Path dir, URI endpoint, String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command, "--endpoint-url", endpoint.toString()));
    all.addAll(List.of(args));
    return run(dir, keys(dir), all.toArray(String[]::new));
  }

  /** Environment with static keys, and profile files pointed away from the machine's ~/.aws. */
  static Map<String, String> keys(Path dir) {
    return Map.of(
        "AWS_ACCESS_KEY_ID", "AKIDCLITEST",
        "AWS_SECRET_ACCESS_KEY", "cliTestSecret",
        "AWS_CONFIG_FILE", dir.resolve("no-config").toString(),
        "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString(),
        "HOME", dir.toString());
  }

  /** No keys, no profiles: nothing to find. */
  static Map<String, String> nothing(Path dir) {
    return Map.of(
        "AWS_CONFIG_FILE", dir.resolve("no-config").toString(),
        "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString(),
        "HOME", dir.toString());
  }

  /** How often {@code needle} occurs in stderr. */
  /**
   * Standard error without the first line every command prints (the target and why, or for eval the
   * models compared) and the lifecycle warnings that follow it.
   */
  String errAfterTarget() {
    return err.lines()
        .filter(l -> !l.startsWith("migrate: target ") && !l.startsWith("migrate eval: candidate "))
        .filter(
            l -> !l.startsWith("migrate eval: warning: ") && !l.startsWith("migrate: warning: "))
        .map(l -> l + "\n")
        .reduce("", String::concat);
  }

  int errCount(String needle) {
    return err.split(Pattern.quote(needle), -1).length - 1;
  }
}
