package dev.claudemigrate.engine.apply;

import dev.claudemigrate.engine.files.AtomicWrite;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.source.Decoder;
import dev.claudemigrate.engine.source.SourceFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a plan's changes to disk, one file at a time and each with {@link AtomicWrite}: a reader
 * sees the old file or the new one, never half of one. Bytes are encoded in the file's own format
 * (charset, BOM). A file whose bytes on disk are no longer those the scan read is not written, and
 * neither is one that changes while its new bytes are written (size and modification time are
 * checked again just before the rename). A read-only file is not written unless allowed.
 */
public final class ApplyWriter {
  private final Consumer<Path> beforeLastCheck;
  private boolean allowReadOnly;

  /** What was written, what could not be, and what a write could not keep (one line each). */
  public record Outcome(List<FileChange> written, List<FileError> errors, List<String> warnings) {
    public Outcome {
      written = List.copyOf(written);
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }

  public ApplyWriter() {
    this(p -> {});
  }

  /** With a hook run just before the last check, so tests can play a concurrent writer. */
  ApplyWriter(Consumer<Path> beforeLastCheck) {
    this.beforeLastCheck = beforeLastCheck;
  }

  /** Whether files without the owner's write permission are rewritten too (default: not). */
  public ApplyWriter allowReadOnly(boolean allow) {
    this.allowReadOnly = allow;
    return this;
  }

  /** Writes every change of {@code plan}; a failure on one file does not stop the others. */
  public Outcome write(ApplyPlan plan) {
    return write(plan, () -> {});
  }

  /** The same, running {@code afterEach} once per file, written or not (a progress bar). */
  public Outcome write(ApplyPlan plan, Runnable afterEach) {
    List<FileChange> written = new ArrayList<>();
    List<FileError> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (FileChange c : plan.changes()) {
      try {
        write(c).notKept().forEach(w -> warnings.add(c.path() + ": not kept: " + w));
        written.add(c);
      } catch (StaleFileException e) {
        errors.add(new FileError(c.path(), e.getMessage()));
      } catch (IOException | RuntimeException e) {
        errors.add(new FileError(c.path(), "not written: " + oneLine(e)));
      }
      afterEach.run();
    }
    return new Outcome(written, errors, warnings);
  }

  private AtomicWrite.Result write(FileChange c) throws IOException {
    SourceFile source = c.source();
    // Writing through a symbolic link must replace the file it points to, not the link.
    Path target = source.absolutePath().toRealPath();
    refuseReadOnly(target);
    byte[] expected = Decoder.encode(source.text(), source.format());
    BasicFileAttributes before = Files.readAttributes(target, BasicFileAttributes.class);
    if (!Arrays.equals(expected, Files.readAllBytes(target))) {
      throw new StaleFileException();
    }
    byte[] bytes = Decoder.encode(c.newText(), source.format());
    return AtomicWrite.write(
        target,
        bytes,
        t -> {
          beforeLastCheck.accept(t);
          // The compare above and the fsync take milliseconds; a writer in that window must win.
          BasicFileAttributes now = Files.readAttributes(t, BasicFileAttributes.class);
          if (now.size() != before.size()
              || !now.lastModifiedTime().equals(before.lastModifiedTime())) {
            throw new StaleFileException();
          }
        });
  }

  private void refuseReadOnly(Path target) throws IOException {
    if (allowReadOnly || Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) {
      return;
    }
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
    if (!perms.contains(PosixFilePermission.OWNER_WRITE)) {
      throw new StaleFileException(
          "read-only ("
              + PosixFilePermissions.toString(perms)
              + "); not written (pass --allow-read-only)");
    }
  }

  /**
   * The system's reason in one line. The path in a file-system exception is the temporary file's
   * (an internal detail; the report line names the file), so only the reason is kept.
   */
  private static String oneLine(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = msg.indexOf('\n');
    return nl < 0 ? msg : msg.substring(0, nl);
  }

  /** The file on disk is not one to write: changed since the scan, or read-only. */
  private static final class StaleFileException extends IOException {
    StaleFileException() {
      this("changed since it was read; not written (run apply again)");
    }

    StaleFileException(String message) {
      super(message);
    }
  }
}
