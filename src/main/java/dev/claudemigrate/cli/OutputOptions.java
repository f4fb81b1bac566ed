package dev.claudemigrate.cli;

import dev.claudemigrate.engine.files.AtomicWrite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --output} option of every command that prints a report. Each command declares its own
 * {@code --format} with the type it accepts, so that its help lists exactly those formats. Declared
 * in code, not with an annotation: it is on a scan's path (ADR 0122).
 */
final class OutputOptions implements Declared {
  Path output;

  @Override
  public void declare(CommandSpec spec) {
    spec.addOption(
        Declarations.option(() -> output, v -> output = v, Path.class, "-o", "--output")
            .paramLabel("FILE")
            .description(
                "Write the report to FILE (replaced atomically) instead of standard output.")
            .build());
  }

  /** Whether the report goes to standard output (so a terminal may show colour). */
  boolean toStdout() {
    return output == null;
  }

  /**
   * Writes {@code report} to {@code --output}, or to {@code out}.
   *
   * @throws IOException when the file cannot be written; an existing file is then left as it was
   */
  void emit(Environment env, PrintWriter out, String report) throws IOException {
    if (output == null) {
      out.print(report);
      out.flush();
      return;
    }
    writeAtomically(env.resolve(output.toString()), report);
  }

  /**
   * After a report went to {@code --output}, says on {@code err} in one line what was written where
   * (nothing when it went to standard output).
   */
  void confirm(PrintWriter err, String what) {
    if (output != null) {
      err.println("migrate: wrote " + what + " to " + output);
      err.flush();
    }
  }

  /** Writes with {@link AtomicWrite}: a rename replaces the file, its mode and links are kept. */
  static void writeAtomically(Path target, String text) throws IOException {
    AtomicWrite.writeString(target, text);
  }
}
