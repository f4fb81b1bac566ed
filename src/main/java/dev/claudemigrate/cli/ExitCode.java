package dev.claudemigrate.cli;

/** The exit codes of every {@code migrate} command, documented in README and {@code --help}. */
public enum ExitCode {
  /**
   * Nothing to report: no findings at or above --fail-on, no pending change, every check passed.
   */
  OK(0),
  /**
   * Findings at or above --fail-on (scan), pending changes (apply --check), a failed check (smoke,
   * eval).
   */
  FINDINGS(1),
  /**
   * Bad command line or configuration (unknown option, bad config or catalog file, unknown target).
   */
  USAGE(2),
  /**
   * Incomplete: some files could not be read or written (results are given for the rest), or AWS
   * credentials or region are missing.
   */
  INCOMPLETE(3),
  /** An internal error: a bug in the tool, reported in one line (70 is sysexits' EX_SOFTWARE). */
  BUG(70);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The worse of two outcomes: BUG, then USAGE, then INCOMPLETE, then FINDINGS, then OK. */
  public ExitCode worst(ExitCode other) {
    return rank() >= other.rank() ? this : other;
  }

  private int rank() {
    return switch (this) {
      case OK -> 0;
      case FINDINGS -> 1;
      case INCOMPLETE -> 2;
      case USAGE -> 3;
      case BUG -> 4;
    };
  }
}
