package dev.claudemigrate.bedrock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Reads input files with one-line errors; writes reports and recordings atomically, keeping
 * permissions.
 */
public final class TextFiles {
  private TextFiles() {}

  /** Replaces {@code file} with {@code text} (UTF-8) via a temporary file in the same directory. */
  public static void write(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Set<PosixFilePermission> perms = permissions(file);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      if (perms != null) {
        Files.setPosixFilePermissions(tmp, perms);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The lines of a UTF-8 file; a missing or unreadable file fails with "{@code <what> FILE:
   * reason}".
   */
  public static java.util.List<String> readLines(Path file, String what) throws IOException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException(what + " " + file + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new IOException(what + " " + file + ": not UTF-8 text");
    }
  }

  /**
   * The permissions to give: the existing file's, else rw-r--r-- (null where POSIX is not
   * supported).
   */
  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    if (Files.getFileAttributeView(file.toAbsolutePath().getParent(), PosixFileAttributeView.class)
        == null) {
      return null;
    }
    return Files.exists(file)
        ? Files.getPosixFilePermissions(file)
        : PosixFilePermissions.fromString("rw-r--r--");
  }
}
