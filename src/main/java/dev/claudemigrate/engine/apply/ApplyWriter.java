package dev.claudemigrate.engine.apply;

import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.source.Decoder;
import dev.claudemigrate.engine.source.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes a plan's changes to disk, one file at a time and each atomically: the new bytes go to a
 * temporary file in the same folder, which then replaces the original by a rename, so a reader sees
 * the old file or the new one, never half of one. Bytes are encoded in the file's own format
 * (charset, BOM) and the new file gets the old one's POSIX permissions. A file whose bytes on disk
 * are no longer those the scan read is not written.
 */
public final class ApplyWriter {

  /** What was written and what could not be. */
  public record Outcome(List<FileChange> written, List<FileError> errors) {
    public Outcome {
      written = List.copyOf(written);
      errors = List.copyOf(errors);
    }
  }

  /** Writes every change of {@code plan}; a failure on one file does not stop the others. */
  public Outcome write(ApplyPlan plan) {
    List<FileChange> written = new ArrayList<>();
    List<FileError> errors = new ArrayList<>();
    for (FileChange c : plan.changes()) {
      try {
        write(c);
        written.add(c);
      } catch (StaleFileException e) {
        errors.add(new FileError(c.path(), e.getMessage()));
      } catch (IOException | RuntimeException e) {
        errors.add(new FileError(c.path(), "not written: " + oneLine(e)));
      }
    }
    return new Outcome(written, errors);
  }

  private static void write(FileChange c) throws IOException {
    SourceFile source = c.source();
    // Writing through a symbolic link must replace the file it points to, not the link.
    Path target = source.absolutePath().toRealPath();
    byte[] expected = Decoder.encode(source.text(), source.format());
    if (!Arrays.equals(expected, Files.readAllBytes(target))) {
      throw new StaleFileException("changed since it was read; not written (run apply again)");
    }
    byte[] bytes = Decoder.encode(c.newText(), source.format());
    Path dir = target.getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".claude-migrate.tmp");
    try {
      writeDurably(tmp, bytes);
      copyPermissions(target, tmp);
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Writes and flushes to the device, so that after a crash the rename never exposes an empty file.
   */
  private static void writeDurably(Path tmp, byte[] bytes) throws IOException {
    try (FileChannel ch =
        FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view != null) {
      Set<PosixFilePermission> perms = view.readAttributes().permissions();
      Files.setPosixFilePermissions(to, perms);
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Same folder, so this only happens on file systems without rename; replace is the best left.
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String oneLine(Exception e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = msg.indexOf('\n');
    return nl < 0 ? msg : msg.substring(0, nl);
  }

  /** The file on disk is not the one the plan was made from. */
  private static final class StaleFileException extends IOException {
    StaleFileException(String message) {
      super(message);
    }
  }
}
