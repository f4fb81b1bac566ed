package dev.claudemigrate.engine;

/**
 * Hears how far a scan is: the files the walk finds as they are read, then the files the rules
 * check. Counts come in batches (the workers' batches of files), so a listener costs nothing per
 * file; calls may come from any scan thread. The CLI draws it; the engine knows nothing of
 * terminals.
 */
public interface ScanProgress {
  /** Hears nothing. */
  ScanProgress NONE = new ScanProgress() {};

  /** {@code files} more files were read and prefiltered (the walk may still be finding more). */
  default void read(int files) {}

  /** The walk is over: {@code files} files in all are read or being read. */
  default void walked(int files) {}

  /** {@code files} files hold a rule's trigger and go to the rules. */
  default void checking(int files) {}

  /** {@code files} more of them were checked. */
  default void checked(int files) {}
}
