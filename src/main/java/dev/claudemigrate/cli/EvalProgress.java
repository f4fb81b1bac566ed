package dev.claudemigrate.cli;

import dev.claudemigrate.eval.CaseResult;
import dev.claudemigrate.eval.Progress;
import java.io.PrintWriter;

/**
 * Shows an eval run's progress on stderr: a redrawn bar on a terminal, one plain line per result in
 * CI.
 */
final class EvalProgress implements Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean terminal;

  EvalProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void started(int total, int skipped) {
    err.println(
        "eval: "
            + total
            + " calls"
            + (skipped > 0 ? ", " + skipped + " already done (resumed)" : ""));
    err.flush();
  }

  @Override
  public synchronized void completed(CaseResult r, int done, int total) {
    String verdict = r.error() != null ? "error" : r.passed() ? "pass" : "fail";
    String what =
        r.side().wireName()
            + " "
            + r.caseId()
            + (r.repeat() > 1 ? " #" + r.repeat() : "")
            + ": "
            + verdict;
    if (terminal) {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      err.print(
          "\r["
              + "#".repeat(filled)
              + ".".repeat(WIDTH - filled)
              + "] "
              + done
              + "/"
              + total
              + " "
              + pad(what));
    } else {
      String detail =
          r.error() != null
              ? " (" + r.error() + ")"
              : r.passed() ? "" : " (" + r.failures().get(0).assertion() + ")";
      err.println("[" + done + "/" + total + "] " + what + detail);
    }
    err.flush();
  }

  @Override
  public synchronized void finished() {
    if (terminal) {
      err.println();
    }
    err.flush();
  }

  private static String pad(String s) {
    String cut = s.length() > 60 ? s.substring(0, 59) + "…" : s;
    return cut + " ".repeat(60 - cut.length());
  }
}
