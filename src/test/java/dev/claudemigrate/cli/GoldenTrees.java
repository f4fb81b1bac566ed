package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copies and compares whole file trees byte for byte, for golden tests (ignoring .git). */
final class GoldenTrees {
  private GoldenTrees() {}

  /** Whether golden tests should rewrite their expected trees ({@code -Dgolden.update=true}). */
  static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  static void copy(Path from, Path to) throws IOException {
    for (Map.Entry<String, byte[]> e : read(from).entrySet()) {
      Path target = to.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, e.getValue());
    }
  }

  /** Replaces {@code expected} with a copy of {@code actual}. */
  static void replace(Path actual, Path expected) throws IOException {
    delete(expected);
    copy(actual, expected);
  }

  /** Deletes {@code root} and everything below it, if it exists, never following links. */
  static void delete(Path root) throws IOException {
    if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Every regular file under {@code root} (outside .git) by relative path. */
  static Map<String, byte[]> read(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!rel.startsWith(".git/")) {
          files.put(rel, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  static void assertSame(Path expected, Path actual) throws IOException {
    assertSame(read(expected), read(actual));
  }

  static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach(
        (k, v) ->
            assertArrayEquals(
                v,
                actual.get(k),
                () -> k + " differs:\n" + new String(actual.get(k), StandardCharsets.UTF_8)));
  }
}
