package dev.claudemigrate.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the CLI reads from the world besides its arguments: the working directory, environment
 * variables, the clock, and whether output goes to a terminal. Tests pass their own.
 *
 * @param workingDir the directory relative paths resolve against
 * @param env environment variables
 * @param clock the clock (lifecycle warnings compare with today)
 * @param terminal whether stdout is an interactive terminal (colour, progress bars)
 */
public record Environment(Path workingDir, Map<String, String> env, Clock clock, boolean terminal) {

  public Environment {
    env = Map.copyOf(env);
  }

  /** The real process environment. */
  public static Environment system() {
    return new Environment(
        Path.of("").toAbsolutePath(),
        System.getenv(),
        Clock.systemDefaultZone(),
        System.console() != null && System.getenv("NO_COLOR") == null);
  }

  /** A fixed environment for tests: no terminal, the given directory, the given clock. */
  public static Environment forTest(Path workingDir, Clock clock) {
    return new Environment(workingDir, Map.of(), clock, false);
  }

  /** Resolves a user-given path against the working directory. */
  public Path resolve(String path) {
    return workingDir.resolve(path).normalize();
  }
}
