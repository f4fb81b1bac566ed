package dev.claudemigrate.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of one task on standard error, drawn by me.tongfei:progressbar (ADR 0072): a bar
 * with count, rate and time left redrawn in place on a terminal; in CI (the {@code CI} variable
 * set, no terminal) one plain line at most every {@link #CI_INTERVAL_MILLIS} ms and only when the
 * count moved; otherwise, or with {@code --quiet}, nothing. Never standard output.
 */
final class Progress implements AutoCloseable {
  /** CI logs get at most one line this often. */
  static final long CI_INTERVAL_MILLIS = 5_000;

  private static final int TERMINAL_REFRESH_MILLIS = 200;
  private static final int CI_REFRESH_MILLIS = 1_000;

  /** Where progress goes. */
  enum Mode {
    NONE,
    TERMINAL,
    CI;

    /**
     * A terminal on stderr wins; else CI when {@code CI} is set to anything but false or 0; else
     * none.
     */
    static Mode of(Environment env, boolean quiet) {
      if (quiet) {
        return NONE;
      }
      if (env.errTerminal()) {
        return TERMINAL;
      }
      String ci = env.env().getOrDefault("CI", "").strip().toLowerCase(Locale.ROOT);
      return ci.isEmpty() || ci.equals("false") || ci.equals("0") ? NONE : CI;
    }
  }

  /** No output at all. */
  static final Progress NONE = new Progress(null, null);

  private final ProgressBar bar;
  private final ProgressBarConsumer consumer;
  private boolean closed;

  private Progress(ProgressBar bar, ProgressBarConsumer consumer) {
    this.bar = bar;
    this.consumer = consumer;
  }

  /**
   * Starts a task of {@code total} steps ({@code -1}: not known yet), counted in {@code unit}.
   *
   * @param width the terminal's columns (the bar never wraps)
   */
  static Progress start(
      Mode mode, PrintWriter err, int width, String task, long total, String unit) {
    if (mode == Mode.NONE) {
      return NONE;
    }
    ProgressBar[] self = new ProgressBar[1];
    LongSupplier current = () -> self[0] == null ? 0 : self[0].getCurrent();
    ProgressBarConsumer consumer =
        mode == Mode.TERMINAL
            ? new TerminalLine(err, width)
            : new CiLines(err, current, System.currentTimeMillis());
    self[0] =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" " + unit, 1)
            .showSpeed()
            .setStyle(
                mode == Mode.TERMINAL ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(
                mode == Mode.TERMINAL ? TERMINAL_REFRESH_MILLIS : CI_REFRESH_MILLIS)
            .setConsumer(consumer)
            .build();
    return new Progress(self[0], consumer);
  }

  /** One more step done (from any thread). */
  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  /** {@code n} more steps done (from any thread): a batch counted at once. */
  void stepBy(long n) {
    if (bar != null) {
      bar.stepBy(n);
    }
  }

  /** {@code n} steps done in all. */
  void stepTo(long n) {
    if (bar != null) {
      bar.stepTo(n);
    }
  }

  /** The total, once known. */
  void total(long n) {
    if (bar != null) {
      bar.maxHint(n);
    }
  }

  /** Stops the refresh and clears the bar from a terminal line; a second call does nothing. */
  @Override
  public synchronized void close() {
    if (bar != null && !closed) {
      closed = true;
      bar.close();
      // progressbar closes its consumer from its own thread and gives up waiting when this thread
      // is interrupted; closing here too makes sure the line is erased before output follows.
      consumer.close();
    }
  }

  /** A terminal: the bar redrawn on one line, erased at the end so output starts clean. */
  static final class TerminalLine implements ProgressBarConsumer {
    private final PrintWriter err;
    private final int width;
    private int drawn;
    private boolean closed;

    TerminalLine(PrintWriter err, int width) {
      this.err = err;
      this.width = Math.max(20, width);
    }

    @Override
    public int getMaxRenderedLength() {
      return width - 1;
    }

    @Override
    public synchronized void accept(String rendered) {
      if (closed) {
        return; // a refresh that comes late must not draw over what follows
      }
      String line = rendered.length() > width - 1 ? rendered.substring(0, width - 1) : rendered;
      err.print('\r' + line + " ".repeat(Math.max(0, drawn - line.length())));
      err.flush();
      drawn = line.length();
    }

    @Override
    public synchronized void close() {
      closed = true;
      if (drawn > 0) {
        err.print('\r' + " ".repeat(drawn) + '\r');
        err.flush();
        drawn = 0;
      }
    }
  }

  /**
   * A CI log: a full line when at least {@link #CI_INTERVAL_MILLIS} passed since the last (or the
   * start) and the count moved; a run shorter than that prints nothing.
   */
  static final class CiLines implements ProgressBarConsumer {
    private final PrintWriter err;
    private final LongSupplier current;
    private long lastMillis;
    private long lastCount;

    CiLines(PrintWriter err, LongSupplier current, long startMillis) {
      this.err = err;
      this.current = current;
      this.lastMillis = startMillis;
    }

    @Override
    public int getMaxRenderedLength() {
      return 120;
    }

    @Override
    public synchronized void accept(String rendered) {
      accept(rendered, System.currentTimeMillis());
    }

    /** With the clock given, for tests. */
    synchronized void accept(String rendered, long nowMillis) {
      long count = current.getAsLong();
      if (nowMillis - lastMillis < CI_INTERVAL_MILLIS || count == lastCount) {
        return;
      }
      err.println(rendered.strip());
      err.flush();
      lastMillis = nowMillis;
      lastCount = count;
    }

    @Override
    public void close() {
      // Nothing to erase: every line stays in the log.
    }
  }
}
