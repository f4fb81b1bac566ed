package dev.claudemigrate.engine.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text and remembers how (charset, BOM, line separator, final newline),
 * so that {@link #encode} gives back the same bytes for unchanged text.
 */
public final class Decoder {
  private Decoder() {}

  /** The decoded text and its format. */
  public record Decoded(String text, TextFormat format) {}

  /**
   * Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM, strictly.
   *
   * @throws CharacterCodingException when the bytes are not valid in the detected charset
   */
  public static Decoded decode(byte[] bytes) throws CharacterCodingException {
    return decode(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Decodes strictly: UTF-8 or UTF-16 when a byte-order mark says so, else {@code withoutBom} (the
   * user's {@code --encoding}, UTF-8 by default). A single-byte charset such as ISO-8859-1 maps
   * every byte to one char and back, so unchanged text encodes to the same bytes.
   *
   * @throws CharacterCodingException when the bytes are not valid in the charset
   */
  public static Decoded decode(byte[] bytes, Charset withoutBom) throws CharacterCodingException {
    Charset cs = withoutBom;
    int skip = 0;
    boolean bom = false;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
      bom = true;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
      bom = true;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
      bom = true;
    }
    String text;
    if (!bom && asciiCompatible(cs) && isAscii(bytes)) {
      // Most files: plain ASCII is the same text in every charset taken here, and a Latin-1
      // String is made from the bytes in one copy (the decoder goes through a char[] twice the
      // size, which a scan of 3,000 matched files pays in young-generation garbage).
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    } else {
      text = strict(cs, bytes, skip);
    }
    return new Decoded(text, new TextFormat(cs, bom, lineSeparator(text), endsWithNewline(text)));
  }

  /** Charsets in which each byte below 0x80 is that ASCII character and nothing else. */
  private static boolean asciiCompatible(Charset cs) {
    return cs.equals(StandardCharsets.UTF_8)
        || cs.equals(StandardCharsets.ISO_8859_1)
        || cs.equals(StandardCharsets.US_ASCII);
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static String strict(Charset cs, byte[] bytes, int skip) throws CharacterCodingException {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return dec.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
  }

  /** Encodes text back to bytes in {@code format}'s charset, with its BOM if it had one. */
  public static byte[] encode(String text, TextFormat format) {
    try {
      ByteBuffer body =
          format
              .charset()
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] bom = format.bom() ? "\uFEFF".getBytes(format.charset()) : new byte[0];
      byte[] out = new byte[bom.length + body.remaining()];
      System.arraycopy(bom, 0, out, 0, bom.length);
      body.get(out, bom.length, body.remaining());
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("text cannot be encoded in " + format.charset(), e);
    }
  }

  private static String lineSeparator(String text) {
    if (text.indexOf('\r') < 0) {
      return "\n"; // the common case, found by the JDK's fast search instead of a loop over chars
    }
    int crlf = 0;
    int lf = 0;
    int cr = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          crlf++;
          i++;
        } else {
          cr++;
        }
      } else if (c == '\n') {
        lf++;
      }
    }
    if (crlf > lf && crlf >= cr) {
      return "\r\n";
    }
    return cr > lf ? "\r" : "\n";
  }

  private static boolean endsWithNewline(String text) {
    return text.endsWith("\n") || text.endsWith("\r");
  }
}
