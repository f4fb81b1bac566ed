package dev.claudemigrate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TimeZone;

/**
 * What the CLI reads from the world besides its arguments: the working directory, environment
 * variables, the clock, and whether output goes to a terminal. Tests pass their own.
 *
 * @param workingDir the directory relative paths resolve against
 * @param env environment variables
 * @param clock the clock (lifecycle warnings compare with today)
 * @param terminal whether stdout is an interactive terminal (colour, the report's width)
 * @param errTerminal whether stderr is one (progress bars, which go to stderr)
 */
public record Environment(
    Path workingDir, Map<String, String> env, Clock clock, boolean terminal, boolean errTerminal) {

  public Environment {
    env = Map.copyOf(env);
  }

  /** Standard output and standard error both a terminal, or neither. */
  public Environment(Path workingDir, Map<String, String> env, Clock clock, boolean terminal) {
    this(workingDir, env, clock, terminal, terminal);
  }

  /** The real process environment. */
  public static Environment system() {
    boolean console = System.console() != null;
    return new Environment(
        Path.of("").toAbsolutePath(),
        System.getenv(),
        localClock(),
        console,
        stderrIsTerminal(console));
  }

  /**
   * The system clock in the local time zone's offset at start: commands read only today's date from
   * it. Not {@code Clock.systemDefaultZone()}: its zone region loads the time-zone database a
   * second time through a service loader, 10-15 ms of every run's start (docs/performance.md).
   */
  static Clock localClock() {
    long now = System.currentTimeMillis();
    int offsetMillis = TimeZone.getDefault().getOffset(now);
    return Clock.system(ZoneOffset.ofTotalSeconds(offsetMillis / 1000));
  }

  /**
   * Whether standard error is a terminal. Java cannot ask that of stderr directly; on Linux its
   * file descriptor's link names the device ({@code /dev/pts/3}, {@code /dev/tty1}) or else a file
   * or {@code pipe:[...]}, so {@code migrate scan 2>log} gets no bar in the log. Elsewhere it falls
   * back to whether there is a console.
   */
  private static boolean stderrIsTerminal(boolean console) {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      String device = Files.readSymbolicLink(fd).toString();
      return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return console;
    }
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
