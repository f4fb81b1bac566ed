package dev.claudemigrate.engine.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way the tool replaces a file, for sources, patches, reports and eval outputs alike: the
 * new bytes go to a temporary file in the target's folder, are flushed to the device, a last check
 * runs, and one rename puts the file in place, so a reader or a crash sees the old file or the new
 * one, never half of one; a full disk leaves the old file as it was.
 *
 * <p>What the new file keeps of the old one: its mode (including setuid, setgid and sticky bits
 * where the platform lets the user set them), owner and group (where allowed: root, or a group the
 * user is in) and user extended attributes. A new file gets the mode the umask gives, as any tool
 * would create it. A symbolic link is followed and the file it points to is replaced, not the link.
 * What cannot be kept is returned, one line each: other hard links keep the old content (a rename
 * makes a new file), and an owner, bit or attribute the platform refused.
 *
 * <p>Temporary files are named {@code .NAME.PID.N.claude-migrate.tmp} (NAME shortened so that the
 * whole name stays within 255 bytes). A run killed between write and rename leaves one behind; the
 * next write into the same folder removes those whose process is gone.
 */
public final class AtomicWrite {
  /** The suffix of every temporary file: {@code *.claude-migrate.tmp} is easy to ignore. */
  public static final String TEMP_SUFFIX = ".claude-migrate.tmp";

  private static final int NAME_MAX = 255;

  /** The most bytes {@link #writeDurably} hands the kernel in one write. */
  static final int CHUNK = 64 * 1024;

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

  private AtomicWrite() {}

  /**
   * What one write did.
   *
   * @param written the file that was replaced (the target of a symbolic link)
   * @param notKept what of the old file could not be kept, one line each (empty in the usual case)
   */
  public record Result(Path written, List<String> notKept) {
    public Result {
      notKept = List.copyOf(notKept);
    }
  }

  /**
   * A last check, run after the new bytes are on the device and just before the rename: it throws
   * to leave the target as it is.
   */
  @FunctionalInterface
  public interface Guard {
    void check(Path target) throws IOException;
  }

  /** Replaces {@code target} with {@code text} in UTF-8. */
  public static Result writeString(Path target, String text) throws IOException {
    return write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces {@code target} with {@code bytes}. */
  public static Result write(Path target, byte[] bytes) throws IOException {
    return write(target, bytes, t -> {});
  }

  /**
   * Replaces {@code target} with {@code bytes}, running {@code guard} just before the rename.
   *
   * @throws IOException when the file cannot be written or the guard refuses; the target is then
   *     left as it was and no temporary file remains
   */
  public static Result write(Path target, byte[] bytes, Guard guard) throws IOException {
    Path file = followLinks(target.toAbsolutePath());
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      if (Files.isDirectory(file)) {
        throw new IOException(file + ": is a folder");
      }
      // A device or pipe (/dev/null, /dev/stdout): renaming over it would replace it.
      Files.write(file, bytes);
      return new Result(file, List.of());
    }
    Path dir = file.getParent();
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no such folder");
    }
    if (CLEANED.add(dir)) {
      removeStale(dir);
    }
    Map<String, Object> old = Files.exists(file) ? unixAttributes(file) : null;
    Path tmp = createTemp(dir, file.getFileName().toString());
    boolean moved = false;
    try {
      writeDurably(tmp, bytes);
      List<String> notKept = old == null ? List.of() : keep(file, old, tmp);
      guard.check(file);
      move(tmp, file);
      moved = true;
      syncFolder(dir);
      return new Result(file, notKept);
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * The temporary name for {@code name}: {@code .NAME.PID.N.claude-migrate.tmp}, NAME cut (on a
   * character boundary) so that the whole stays within 255 bytes.
   */
  static String tempName(String name, long pid, int seq) {
    String tail = "." + pid + "." + seq + TEMP_SUFFIX;
    int room = NAME_MAX - 1 - tail.length();
    return "." + cut(name, room) + tail;
  }

  /**
   * Removes temporary files of this tool in {@code dir} whose process is no longer running (a run
   * killed between write and rename); returns how many.
   */
  public static int removeStale(Path dir) {
    int removed = 0;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".*" + TEMP_SUFFIX)) {
      for (Path p : s) {
        if (isStale(p.getFileName().toString()) && Files.deleteIfExists(p)) {
          removed++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Cleaning up is a courtesy; the write itself does not depend on it.
    }
    return removed;
  }

  /**
   * Whether a temporary name's process is gone: {@code .NAME.PID.N} names a process; {@code
   * .NAME.RANDOM} (older versions) does not, and is left over by definition.
   */
  private static boolean isStale(String name) {
    String[] parts = name.substring(0, name.length() - TEMP_SUFFIX.length()).split("\\.");
    int n = parts.length;
    if (n < 3 || !isNumber(parts[n - 1])) {
      return false;
    }
    if (!isNumber(parts[n - 2])) {
      return true;
    }
    return ProcessHandle.of(Long.parseLong(parts[n - 2])).map(h -> !h.isAlive()).orElse(true);
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static String cut(String name, int maxBytes) {
    byte[] b = name.getBytes(StandardCharsets.UTF_8);
    if (b.length <= maxBytes) {
      return name;
    }
    int end = 0;
    int bytes = 0;
    while (end < name.length()) {
      int cp = name.codePointAt(end);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + n > maxBytes) {
        break;
      }
      bytes += n;
      end += Character.charCount(cp);
    }
    return name.substring(0, end);
  }

  /** Follows symbolic links (also dangling ones, to create the file they name). */
  private static Path followLinks(Path p) throws IOException {
    for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
      p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
    }
    return p.getParent() != null && Files.isDirectory(p.getParent())
        ? p.getParent().toRealPath().resolve(p.getFileName())
        : p;
  }

  private static Path createTemp(Path dir, String name) throws IOException {
    long pid = ProcessHandle.current().pid();
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(tempName(name, pid, SEQUENCE.incrementAndGet()));
      try {
        // No permissions given: the file gets 0666 less the umask, like any new file.
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /**
   * Writes and flushes to the device, so a crash after the rename never exposes an empty file.
   * Written {@link #CHUNK} bytes at a time: the JDK copies a heap buffer into a native one of its
   * size before each write, and one the size of a scan's JSON report (megabytes of fresh pages,
   * mapped and faulted in) took longer than the write itself (docs/performance.md).
   */
  private static void writeDurably(Path tmp, byte[] bytes) throws IOException {
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      for (int from = 0; from < bytes.length; from += CHUNK) {
        ByteBuffer buf = ByteBuffer.wrap(bytes, from, Math.min(CHUNK, bytes.length - from));
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
      }
      ch.force(true);
    }
  }

  private static Map<String, Object> unixAttributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, "unix:mode,uid,gid,nlink");
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return Map.of(); // no unix view (Windows): the platform's defaults apply
    }
  }

  /** Gives {@code tmp} what it can of the old file; returns what it could not. */
  private static List<String> keep(Path file, Map<String, Object> old, Path tmp)
      throws IOException {
    List<String> notKept = new ArrayList<>();
    if (old.isEmpty()) {
      return notKept;
    }
    int links = (int) old.get("nlink");
    if (links > 1) {
      notKept.add(
          (links - 1)
              + " other hard link"
              + (links > 2 ? "s keep" : " keeps")
              + " the old content (the rename makes a new file)");
    }
    // Owner first: changing it clears setuid and setgid bits, which the mode then sets again.
    for (String id : List.of("uid", "gid")) {
      if (!old.get(id).equals(Files.getAttribute(tmp, "unix:" + id, LinkOption.NOFOLLOW_LINKS))) {
        try {
          Files.setAttribute(tmp, "unix:" + id, old.get(id));
        } catch (IOException | SecurityException e) {
          notKept.add((id.equals("uid") ? "owner " : "group ") + old.get(id) + " (not allowed)");
        }
      }
    }
    int mode = (int) old.get("mode") & 07777;
    Files.setAttribute(tmp, "unix:mode", mode);
    int got = (int) Files.getAttribute(tmp, "unix:mode") & 07777;
    if (got != mode) {
      notKept.add(String.format("mode %04o (the system set %04o)", mode, got));
    }
    copyUserAttributes(file, tmp, notKept);
    return notKept;
  }

  private static void copyUserAttributes(Path from, Path to, List<String> notKept) {
    UserDefinedFileAttributeView src =
        Files.getFileAttributeView(from, UserDefinedFileAttributeView.class);
    UserDefinedFileAttributeView dst =
        Files.getFileAttributeView(to, UserDefinedFileAttributeView.class);
    if (src == null || dst == null) {
      return;
    }
    List<String> names;
    try {
      names = src.list();
    } catch (IOException | UnsupportedOperationException e) {
      return; // the file system has none
    }
    for (String name : names) {
      try {
        ByteBuffer buf = ByteBuffer.allocate(src.size(name));
        src.read(name, buf);
        buf.flip();
        dst.write(name, buf);
      } catch (IOException e) {
        notKept.add("extended attribute user." + name);
      }
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Same folder, so only on file systems without rename; replacing is the best left.
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the rename itself durable; not every platform can open a folder, and that is fine. */
  private static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      // Best effort.
    }
  }
}
