package dev.claudemigrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecoderTest {
  private static final List<Charset> CHARSETS =
      List.of(
          StandardCharsets.UTF_8,
          StandardCharsets.ISO_8859_1,
          StandardCharsets.US_ASCII,
          Charset.forName("windows-1252"));

  private static final List<String> TEXTS =
      List.of(
          "",
          "a",
          "model = \"anthropic.claude-3-5-sonnet-20240620-v1:0\"\n",
          "line one\r\nline two\r\n",
          "tab\there\u0000nul and \u007f delete",
          "no newline at the end");

  /** The decoder the fast path stands in for: strict, through the charset's own decoder. */
  private static String strict(byte[] bytes, Charset cs) throws CharacterCodingException {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  @Test
  void asciiTextDecodesAsTheCharsetsOwnDecoderDoesAndEncodesBack() throws Exception {
    for (Charset cs : CHARSETS) {
      for (String text : TEXTS) {
        byte[] bytes = text.getBytes(cs);
        Decoder.Decoded d = Decoder.decode(bytes, cs);
        assertEquals(strict(bytes, cs), d.text(), cs + ": " + text);
        assertEquals(cs, d.format().charset());
        assertArrayEquals(bytes, Decoder.encode(d.text(), d.format()), cs + ": " + text);
      }
    }
  }

  @Test
  void nonAsciiBytesStillGoThroughTheStrictDecoder() throws Exception {
    byte[] latin1 = "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThrows(CharacterCodingException.class, () -> Decoder.decode(latin1));
    assertEquals("caf\u00e9\n", Decoder.decode(latin1, StandardCharsets.ISO_8859_1).text());
    byte[] utf8 = "caf\u00e9 \u2014 \uD83D\uDE00\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("caf\u00e9 \u2014 \uD83D\uDE00\n", Decoder.decode(utf8).text());
    assertThrows(
        CharacterCodingException.class, () -> Decoder.decode(utf8, StandardCharsets.US_ASCII));
  }

  @Test
  void aByteOrderMarkChoosesItsCharsetEvenForAsciiText() throws Exception {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'h', 'i', '\n'};
    Decoder.Decoded d = Decoder.decode(bom, StandardCharsets.ISO_8859_1);
    assertEquals("hi\n", d.text());
    assertEquals(StandardCharsets.UTF_8, d.format().charset());
    assertArrayEquals(bom, Decoder.encode(d.text(), d.format()));
  }
}
