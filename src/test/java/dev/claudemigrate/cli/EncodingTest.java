package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --encoding} (and the config's {@code encoding:}) reads a Latin-1 Java {@code .properties}
 * file that UTF-8 cannot, and apply rewrites only the model ID's bytes in it.
 */
class EncodingTest {
  private static final String OLD_ID = "anthropic.claude-3-5-sonnet-20240620-v1:0";

  @TempDir Path tmp;

  /** A Latin-1 file: é (0xE9) and ü (0xFC) are single bytes, invalid as UTF-8. */
  private static byte[] latin1() {
    return ("# Caf\u00e9 \u00fcber alles\r\n"
            + "greeting=Caf\u00e9\r\n"
            + "bedrock.model-id="
            + OLD_ID
            + "\r\n"
            + "region=us-east-1\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private Path project(String configYaml) throws IOException {
    Path root = tmp.resolve("p");
    Files.createDirectories(root);
    Files.write(root.resolve("application.properties"), latin1());
    if (configYaml != null) {
      Files.writeString(root.resolve(".claude-migrate.yml"), configYaml);
    }
    return root;
  }

  private static CliRun migrate(Path root, String... args) {
    return CliRun.migrate(Environment.forTest(root, CliRun.CLOCK), args);
  }

  @Test
  void withoutEncodingALatin1FileIsOneClearLineNamingItAndTheWayOut() throws IOException {
    Path root = project(null);
    // With --quiet the unreadable file is stderr's one line (the text report wraps to the width).
    CliRun run = migrate(root, "scan", ".", "--quiet");
    assertEquals(3, run.code(), run.out() + run.err());
    String line =
        run.err()
            .lines()
            .filter(l -> l.contains("application.properties"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(run.err()));
    assertTrue(line.contains("cannot decode: not valid UTF-8"), line);
    assertTrue(line.contains("--encoding '*.properties=ISO-8859-1'"), line);
  }

  @Test
  void applyWithEncodingChangesOnlyTheModelIdBytesAndASecondApplyNothing() throws IOException {
    Path root = project(null);
    Path file = root.resolve("application.properties");
    CliRun scan = migrate(root, "scan", ".", "--encoding", "ISO-8859-1", "--format", "json");
    assertTrue(scan.out().contains(OLD_ID), scan.out() + scan.err());
    CliRun apply = migrate(root, "apply", ".", "--encoding", "*.properties=ISO-8859-1");
    assertEquals(0, apply.code(), apply.out() + apply.err());
    byte[] after = Files.readAllBytes(file);
    String newId = newId(after);
    assertArrayEquals(replace(latin1(), OLD_ID, newId), after);
    CliRun again = migrate(root, "apply", ".", "--encoding", "*.properties=ISO-8859-1");
    assertEquals(0, again.code(), again.out() + again.err());
    assertTrue(again.out().startsWith("No files changed."), again.out());
    assertArrayEquals(after, Files.readAllBytes(file));
  }

  @Test
  void theConfigKeyChoosesTheCharsetAndABadOneIsOneLine() throws IOException {
    Path root = project("encoding: ['*.properties=ISO-8859-1']\n");
    assertEquals(0, migrate(root, "apply", ".").code());
    assertArrayEquals(
        replace(
            latin1(), OLD_ID, newId(Files.readAllBytes(root.resolve("application.properties")))),
        Files.readAllBytes(root.resolve("application.properties")));
    Files.writeString(root.resolve(".claude-migrate.yml"), "encoding: latin-9000\n");
    CliRun bad = migrate(root, "scan", ".");
    assertEquals(2, bad.code(), bad.err());
    assertTrue(
        bad.err().contains(".claude-migrate.yml: 'encoding' 'latin-9000': unknown charset"),
        bad.err());
  }

  @Test
  void aCharsetThatDoesNotWriteAsciiAsAsciiIsRefused() throws IOException {
    Path root = project(null);
    CliRun run = migrate(root, "scan", ".", "--encoding", "UTF-16LE");
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("--encoding 'UTF-16LE': not supported"), run.err());
  }

  /** The model ID apply wrote: what stands after {@code model-id=} up to the line end. */
  private static String newId(byte[] after) {
    String text = new String(after, StandardCharsets.ISO_8859_1);
    int start = text.indexOf("model-id=") + "model-id=".length();
    String id = text.substring(start, text.indexOf('\r', start));
    assertTrue(!id.equals(OLD_ID) && id.contains("claude"), id);
    return id;
  }

  private static byte[] replace(byte[] bytes, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; ) {
      if (i + f.length <= bytes.length && Arrays.equals(bytes, i, i + f.length, f, 0, f.length)) {
        out.writeBytes(to.getBytes(StandardCharsets.US_ASCII));
        i += f.length;
      } else {
        out.write(bytes[i++]);
      }
    }
    return out.toByteArray();
  }
}
