package dev.claudemigrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ASCII shortcut of {@link Decoder#decode} gives what the strict UTF-8 decoder gives. */
class DecoderTest {
  private static String strict(byte[] bytes, int skip) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
        .toString();
  }

  @Test
  void asciiAndUtf8DecodeAsTheStrictDecoderDoes() throws Exception {
    Random r = new Random(7);
    String[] pieces = {"model = 'claude-3-5'", "\n", "\r\n", "\t", "é", "🎉", "ü", "\u007f", "\0"};
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder(round % 3 == 0 ? "\uFEFF" : "");
      for (int k = r.nextInt(8); k > 0; k--) {
        sb.append(pieces[r.nextInt(round % 2 == 0 ? 4 : pieces.length)]);
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      int skip = round % 3 == 0 ? 3 : 0;
      Decoder.Decoded d = Decoder.decode(bytes);
      assertEquals(strict(bytes, skip), d.text(), sb.toString());
      assertEquals(StandardCharsets.UTF_8, d.format().charset());
    }
  }

  @Test
  void aBadByteAfterAsciiIsStillAnError() {
    byte[] bytes = "x = 1\n".repeat(100).concat("\u00ff").getBytes(StandardCharsets.ISO_8859_1);
    assertThrows(CharacterCodingException.class, () -> Decoder.decode(bytes));
  }
}
