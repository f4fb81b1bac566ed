package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a golden file under {@code src/test/resources/report/}; run the tests with
 * {@code -Dgolden.update=true} to rewrite the files after a deliberate change, then review the
 * diff.
 */
public final class Golden {
  private static final Path DIR = Path.of("src/test/resources/report");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    assertMatches(DIR, name, actual);
  }

  /** The same for a golden file in {@code dir} (another test folder's goldens). */
  public static void assertMatches(Path dir, String name, String actual) throws IOException {
    Path file = dir.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(dir);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
  }
}
