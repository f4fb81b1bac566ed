package dev.claudemigrate.cli;

import dev.claudemigrate.eval.CaseResult;
import java.io.PrintWriter;

/**
 * An eval run's progress on stderr: one line saying how many calls, then a bar with rate and time
 * left on a terminal, a line every few seconds in CI, nothing otherwise (ADR 0072).
 */
final class EvalProgress implements dev.claudemigrate.eval.Progress {
  private final Progress.Mode mode;
  private final PrintWriter err;
  private final int width;
  private Progress bar = Progress.NONE;

  EvalProgress(Progress.Mode mode, PrintWriter err, int width) {
    this.mode = mode;
    this.err = err;
    this.width = width;
  }

  @Override
  public synchronized void started(int total, int skipped) {
    err.println(
        "eval: "
            + total
            + " calls"
            + (skipped > 0 ? ", " + skipped + " already done (resumed)" : ""));
    err.flush();
    bar = Progress.start(mode, err, width, "eval", total, "calls");
  }

  @Override
  public synchronized void completed(CaseResult r, int done, int total) {
    bar.stepTo(done);
  }

  @Override
  public synchronized void finished() {
    bar.close();
  }
}
