package dev.claudemigrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Prints each distinct line once. Over several roots the same target line, lifecycle warning or
 * option error would otherwise repeat once per root.
 */
final class OnceLines {
  private final PrintWriter err;
  private final Set<String> said = new HashSet<>();

  OnceLines(PrintWriter err) {
    this.err = err;
  }

  void println(String line) {
    if (said.add(line)) {
      err.println(line);
      err.flush();
    }
  }

  /** Runs {@code printer} on a buffer and prints the lines it wrote that were not said yet. */
  void print(Consumer<PrintWriter> printer) {
    StringWriter buffer = new StringWriter();
    PrintWriter w = new PrintWriter(buffer);
    printer.accept(w);
    w.flush();
    buffer.toString().lines().forEach(this::println);
  }
}
