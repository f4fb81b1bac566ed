package dev.claudemigrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the tree-sitter natives go when the home folder is missing or not writable. */
class NativeLibrariesTest {
  @TempDir Path dir;

  private static final Path NO_HOME = Path.of("/dev/null");

  @Test
  void theXdgCacheComesFirst() {
    Path cache = dir.resolve("cache");
    Path chosen = NativeLibraries.choose(Map.of("XDG_CACHE_HOME", cache.toString()), dir, dir, "u");
    assertEquals(cache.resolve("claude-migrate/tree-sitter"), chosen);
    assertTrue(Files.isDirectory(chosen));
  }

  @Test
  void thenTheHomeCache() {
    Path home = dir.resolve("home");
    assertEquals(
        home.resolve(".cache/claude-migrate/tree-sitter"),
        NativeLibraries.choose(Map.of(), home, dir.resolve("tmp"), "u"));
  }

  @Test
  void withoutAWritableHomeAFolderOfTheUsersOwnInTheTemporaryFolder() throws IOException {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path chosen = NativeLibraries.choose(Map.of(), NO_HOME, tmp, "nobody");
    assertEquals(tmp.resolve("claude-migrate-nobody"), chosen);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(chosen)));
  }

  @Test
  void aFolderInTheTemporaryFolderThatOthersMayWriteIsNotUsed() throws IOException {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path planted = Files.createDirectories(tmp.resolve("claude-migrate-u"));
    Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rwxrwxrwx"));
    NativeLibraryException e =
        assertThrows(
            NativeLibraryException.class,
            () -> NativeLibraries.choose(Map.of(), NO_HOME, tmp, "u"));
    assertTrue(e.getMessage().startsWith("cannot unpack the tree-sitter native libraries"));
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void noWritableFolderAtAllIsOneLine() {
    NativeLibraryException e =
        assertThrows(
            NativeLibraryException.class,
            () ->
                NativeLibraries.choose(
                    Map.of("XDG_CACHE_HOME", "/dev/null/cache"), NO_HOME, NO_HOME, "u"));
    assertEquals(
        "cannot unpack the tree-sitter native libraries: none of [/dev/null/cache/claude-migrate/"
            + "tree-sitter, /dev/null/.cache/claude-migrate/tree-sitter, /dev/null/claude-migrate-u]"
            + " can be written; set XDG_CACHE_HOME to a writable folder",
        e.getMessage());
  }
}
