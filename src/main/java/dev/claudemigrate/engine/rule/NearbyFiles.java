package dev.claudemigrate.engine.rule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a file beside the one a rule checks (a build file, a SAM template, another source file of
 * the same crate). Such a file only adds evidence: when it is missing, too large, unreadable or not
 * UTF-8 it says nothing, and the rule judges the checked file alone.
 */
public final class NearbyFiles {
  private NearbyFiles() {}

  /** The text of the regular file {@code file} if it holds at most {@code maxBytes}. */
  public static Optional<String> read(Path file, long maxBytes) {
    try {
      return Files.isRegularFile(file) && Files.size(file) <= maxBytes
          ? Optional.of(Files.readString(file))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // says nothing: the checked file is judged alone
    }
  }

  /**
   * {@link #read(Path, long)} of {@code name} (as written in a file) resolved against {@code dir}.
   */
  public static Optional<String> read(Path dir, String name, long maxBytes) {
    try {
      return read(dir.resolve(name), maxBytes);
    } catch (InvalidPathException e) {
      return Optional.empty(); // a name no path can have names no file
    }
  }

  /**
   * The names of the entries of folder {@code dir}, at most {@code max} of them in no set order;
   * none when it cannot be listed.
   */
  public static List<String> names(Path dir, int max) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.limit(max).map(p -> String.valueOf(p.getFileName())).toList();
    } catch (IOException | RuntimeException e) {
      return List.of(); // says nothing: the checked file is judged alone
    }
  }
}
