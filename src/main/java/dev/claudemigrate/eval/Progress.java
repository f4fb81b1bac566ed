package dev.claudemigrate.eval;

/** Hears about a run as results arrive (a progress bar, plain CI lines, or nothing). */
public interface Progress {
  /** No output. */
  Progress NONE = new Progress() {};

  /**
   * The run starts with {@code total} calls to make; {@code skipped} were already done (resume).
   */
  default void started(int total, int skipped) {}

  /** One more result is in. */
  default void completed(CaseResult result, int done, int total) {}

  /** Every call has been made (or the run was stopped). */
  default void finished() {}
}
