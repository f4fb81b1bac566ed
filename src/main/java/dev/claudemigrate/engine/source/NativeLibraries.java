package dev.claudemigrate.engine.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the tree-sitter binding unpacks its native libraries. The binding reads the system property
 * {@value #PROPERTY} and otherwise uses {@code ~/.tree-sitter}, which fails in any container run as
 * an arbitrary user (no home, or one not writable). This picks, in order: the property if set,
 * {@code $XDG_CACHE_HOME/claude-migrate/tree-sitter}, {@code ~/.cache/claude-migrate/tree-sitter},
 * then a folder of this user's own in the temporary folder; the first that can be written is used.
 */
public final class NativeLibraries {
  /** The binding's system property for its unpack folder (org.treesitter.utils.NativeUtils). */
  public static final String PROPERTY = "tree-sitter-lib";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  private NativeLibraries() {}

  /**
   * Sets {@value #PROPERTY} for this process, once.
   *
   * @throws NativeLibraryException naming the folders tried when none can be written
   */
  public static synchronized void prepare() {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    Path dir =
        choose(
            System.getenv(),
            Path.of(System.getProperty("user.home", "")),
            Path.of(System.getProperty("java.io.tmpdir")),
            System.getProperty("user.name", "user"));
    System.setProperty(PROPERTY, dir.toString());
  }

  /**
   * The first usable folder among the candidates.
   *
   * @throws NativeLibraryException when none can be written
   */
  static Path choose(Map<String, String> env, Path home, Path tmp, String user) {
    List<Path> candidates = new ArrayList<>();
    Optional.ofNullable(env.get("XDG_CACHE_HOME"))
        .filter(s -> !s.isBlank() && Path.of(s).isAbsolute())
        .ifPresent(s -> candidates.add(Path.of(s, "claude-migrate", "tree-sitter")));
    if (home.isAbsolute()) {
      candidates.add(home.resolve(".cache").resolve("claude-migrate").resolve("tree-sitter"));
    }
    candidates.add(tmp.resolve("claude-migrate-" + user.replaceAll("[^A-Za-z0-9._-]", "_")));
    for (Path c : candidates) {
      if (usable(c, c.startsWith(tmp))) {
        return c;
      }
    }
    throw new NativeLibraryException(
        "cannot unpack the tree-sitter native libraries: none of "
            + candidates
            + " can be written; set XDG_CACHE_HOME to a writable folder",
        null);
  }

  /**
   * Whether {@code dir} exists or can be made, and a file can be created in it. In a shared
   * temporary folder it must also be this user's own and closed to others, since a library planted
   * there would be loaded.
   */
  private static boolean usable(Path dir, boolean shared) {
    try {
      boolean posix =
          Files.getFileAttributeView(dir.getRoot(), PosixFileAttributeView.class) != null;
      if (shared && posix && !Files.isDirectory(dir)) {
        Files.createDirectories(dir.getParent());
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createDirectories(dir);
      }
      // Named by process and clock rather than by Files.createTempFile, whose random name seeds a
      // SecureRandom: 20 security classes and a read of the system's entropy on every run.
      Path probe =
          Files.createFile(
              dir.resolve(".probe-" + ProcessHandle.current().pid() + "-" + System.nanoTime()));
      try {
        if (shared && posix) {
          return Files.getOwner(dir).equals(Files.getOwner(probe))
              && Files.getPosixFilePermissions(dir).equals(OWNER_ONLY)
              && !Files.isSymbolicLink(dir);
        }
        return true;
      } finally {
        Files.deleteIfExists(probe);
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The one-line error for a library that was unpacked but could not be loaded. */
  static NativeLibraryException loadFailed(LinkageError e) {
    return new NativeLibraryException(
        "cannot load the tree-sitter native libraries from "
            + System.getProperty(PROPERTY)
            + " ("
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
            + "); a folder mounted noexec cannot hold them: set XDG_CACHE_HOME to another",
        e);
  }
}
