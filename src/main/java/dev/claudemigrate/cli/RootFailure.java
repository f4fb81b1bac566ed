package dev.claudemigrate.cli;

import dev.claudemigrate.engine.model.FileError;
import java.util.List;

/** A root of a several-root scan or apply that could not be set up; the other roots still run. */
final class RootFailure {
  private RootFailure() {}

  /**
   * Says why {@code label} cannot run, in the one line {@link ExitCodes} would give, records it in
   * {@code notScanned}, and returns its exit code.
   *
   * @throws RuntimeException {@code e} itself when it is a bug rather than bad input
   */
  static ExitCode of(
      RuntimeException e, String label, List<FileError> notScanned, OnceLines once, String prefix) {
    ExitCode code = ExitCodes.of(e);
    if (code == ExitCode.BUG) {
      throw e;
    }
    String line = ExitCodes.line(e);
    once.println(prefix + line);
    notScanned.add(new FileError(label, line));
    return code;
  }
}
