package dev.claudemigrate.engine.files;

import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.Languages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/** What {@link FileWalker} tells of an entry: its language, its kind, why it failed, its order. */
final class EntryFacts {
  /** How much of a file without extension is read to find its {@code #!} line. */
  static final int SHEBANG_BYTES = 128;

  private EntryFacts() {}

  /**
   * Links in the order a depth-first walk over sorted names meets them: by path, one folder level
   * after another, so {@code a/x} comes before {@code a-b} ('/' sorts before every other char).
   */
  static final Comparator<FileWalker.Link> WALK_ORDER =
      (x, y) -> {
        String a = x.rel();
        String b = y.rel();
        for (int i = 0, n = Math.min(a.length(), b.length()); i < n; i++) {
          char ca = a.charAt(i);
          char cb = b.charAt(i);
          if (ca != cb) {
            return ca == '/' ? -1 : cb == '/' ? 1 : Character.compare(ca, cb);
          }
        }
        return Integer.compare(a.length(), b.length());
      };

  /** The language by name, or for a file without extension by its {@code #!} line. */
  static Optional<Language> detect(FileSink.Opener open, String rel) {
    Optional<Language> byName = Languages.detect(rel);
    if (byName.isPresent() || !Languages.mayHaveShebang(rel)) {
      return byName;
    }
    byte[] head = new byte[SHEBANG_BYTES];
    int n = 0;
    try (SeekableByteChannel in = open.open()) {
      ByteBuffer buf = ByteBuffer.wrap(head);
      while (buf.hasRemaining() && in.read(buf) > 0) {
        n = buf.position();
      }
    } catch (IOException e) {
      return byName; // unreadable: the read in the scan reports it if the file is taken
    }
    if (n < 2 || head[0] != '#' || head[1] != '!') {
      return byName;
    }
    String line = new String(head, 0, n, StandardCharsets.ISO_8859_1).split("\n", 2)[0];
    return Languages.fromShebang(line);
  }

  /** What a file that is not a regular file is, from its mode's type bits where there are some. */
  static String kind(Path p) {
    try {
      return switch ((int) Files.getAttribute(p, "unix:mode") & 0170000) {
        case 0010000 -> "a FIFO";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "not a file";
      };
    } catch (IOException | RuntimeException e) {
      return "a FIFO, socket or device";
    }
  }

  /** An I/O failure in one line: the system's reason, else the exception's type. */
  static String reason(Exception e) {
    Throwable t = e instanceof DirectoryIteratorException d ? d.getCause() : e;
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
  }
}
