package dev.claudemigrate.engine.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.source.Decoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodingsTest {
  private static final byte[] LATIN1 = "caf\u00e9=1\n".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void utf8UnlessChosenAndTheLastMatchingChoiceWins() {
    Encodings e =
        Encodings.parse(
            "--encoding",
            List.of(
                "*.properties=ISO-8859-1", "legacy/=windows-1252", "legacy/keep.properties=UTF-8"));
    assertEquals(StandardCharsets.UTF_8, e.forPath("src/App.java"));
    assertEquals(StandardCharsets.ISO_8859_1, e.forPath("conf/app.properties"));
    assertEquals("windows-1252", e.forPath("legacy/a/b.properties").name());
    assertEquals(StandardCharsets.UTF_8, e.forPath("legacy/keep.properties"));
    assertEquals(
        StandardCharsets.ISO_8859_1, Encodings.parse("x", List.of("ISO-8859-1")).forPath("a.py"));
    assertTrue(Encodings.parse("x", List.of()).isDefault());
  }

  @Test
  void aLatin1FileRoundTripsByteForByteAndUtf8RefusesIt() throws CharacterCodingException {
    Encodings e = Encodings.parse("--encoding", List.of("*.properties=ISO-8859-1"));
    Decoder.Decoded d = e.decode("a.properties", LATIN1);
    assertEquals("caf\u00e9=1\n", d.text());
    assertArrayEquals(LATIN1, Decoder.encode(d.text(), d.format()));
    assertThrows(CharacterCodingException.class, () -> e.decode("a.txt", LATIN1));
  }

  @Test
  void aByteOrderMarkWinsOverTheChoice() throws CharacterCodingException {
    byte[] utf8Bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 0xc3, (byte) 0xa9};
    Decoder.Decoded d = Encodings.parse("x", List.of("ISO-8859-1")).decode("a.txt", utf8Bom);
    assertEquals("\u00e9", d.text());
    assertEquals(StandardCharsets.UTF_8, d.format().charset());
  }

  @Test
  void badValuesAreOneLineNamingTheOption() {
    assertEquals(
        "--encoding 'nope': unknown charset (for Java .properties use ISO-8859-1)",
        assertThrows(
                IllegalArgumentException.class,
                () -> Encodings.parse("--encoding", List.of("*.x=nope")))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> Encodings.parse("--encoding", List.of("UTF-16")))
            .getMessage()
            .startsWith("--encoding 'UTF-16': not supported"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> Encodings.parse("--encoding", List.of("=ISO-8859-1")))
            .getMessage()
            .contains("not a valid glob"));
  }
}
