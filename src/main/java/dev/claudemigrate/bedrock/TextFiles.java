package dev.claudemigrate.bedrock;

import dev.claudemigrate.engine.files.AtomicWrite;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads input files with one-line errors; writes reports and recordings with {@link AtomicWrite}.
 */
public final class TextFiles {
  private TextFiles() {}

  /** Replaces {@code file} with {@code text} (UTF-8), creating its folder if needed. */
  public static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicWrite.writeString(file, text);
  }

  /**
   * The lines of a UTF-8 file; a missing or unreadable file fails with "{@code <what> FILE:
   * reason}".
   */
  public static List<String> readLines(Path file, String what) throws IOException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputFileException(what + " " + file + ": no such file");
    } catch (MalformedInputException e) {
      throw new InputFileException(what + " " + file + ": not UTF-8 text");
    }
  }
}
