package dev.claudemigrate.engine;

import dev.claudemigrate.engine.source.Language;
import java.nio.charset.StandardCharsets;

/**
 * Whether the project defines a computer or bash tool (an Anthropic-defined tool type such as
 * {@code computer_20241022}) anywhere outside its prose. The computer-use beta serves those tools:
 * an agent loop often sends the beta from one file while its tools are defined in others, so a file
 * without a tool of its own does not show that the beta served the text editor alone.
 */
final class ProjectTools {
  private static final byte[][] NAMES = {
    "computer_".getBytes(StandardCharsets.US_ASCII), "bash_".getBytes(StandardCharsets.US_ASCII)
  };

  private static final int DATE = 8;

  private ProjectTools() {}

  /** Whether a probed file that is not documentation names a computer or bash tool type. */
  static boolean computerOrBash(FileScan.Probe[] probes) {
    for (FileScan.Probe p : probes) {
      if (p.bytes() != null
          && p.hit().has(Prefilter.Word.COMPUTER_OR_BASH)
          && !prose(p.file().language())
          && namesTool(p.bytes())) {
        return true;
      }
    }
    return false;
  }

  /** Documentation and plain text: what they name, a program does not define. */
  static boolean prose(Language language) {
    return language == Language.MARKDOWN || language == Language.PROSE || language == Language.TEXT;
  }

  /** Whether {@code bytes} hold {@code computer_} or {@code bash_} and eight digits, as a word. */
  static boolean namesTool(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      for (byte[] name : NAMES) {
        if (bytes[i] == name[0] && toolAt(bytes, i, name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean toolAt(byte[] bytes, int at, byte[] name) {
    int end = at + name.length + DATE;
    if (end > bytes.length || (at > 0 && wordByte(bytes[at - 1]))) {
      return false;
    }
    for (int k = 1; k < name.length; k++) {
      if (bytes[at + k] != name[k]) {
        return false;
      }
    }
    for (int k = at + name.length; k < end; k++) {
      if (bytes[k] < '0' || bytes[k] > '9') {
        return false;
      }
    }
    return end == bytes.length || !wordByte(bytes[end]);
  }

  private static boolean wordByte(byte b) {
    return b == '_' || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
  }
}
