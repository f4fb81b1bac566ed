package dev.claudemigrate.cli;

import dev.claudemigrate.engine.files.AtomicWrite;
import dev.claudemigrate.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options shared by every command that prints a report: {@code --format} and {@code --output}. */
final class OutputOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      completionCandidates = FormatNames.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (replaced atomically) instead of standard output.")
  Path output;

  /**
   * The chosen format, checked against what the command supports.
   *
   * @throws IllegalArgumentException naming the supported formats
   */
  ReportFormat format(Set<ReportFormat> supported) {
    if (!supported.contains(format)) {
      throw new IllegalArgumentException(
          "--format "
              + format.id()
              + " is not available here (choose "
              + String.join(", ", supported.stream().sorted().map(ReportFormat::id).toList())
              + ")");
    }
    return format;
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

  /** Writes with {@link AtomicWrite}: a rename replaces the file, its mode and links are kept. */
  static void writeAtomically(Path target, String text) throws IOException {
    AtomicWrite.writeString(target, text);
  }

  /** Parses {@code text|json|sarif|markdown} in any case. */
  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "unknown format '" + value + "' (text, json, sarif, markdown)");
      }
    }
  }

  /** The lower-case format names for help and shell completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of(ReportFormat.values()).stream().map(ReportFormat::id).iterator();
    }
  }
}
