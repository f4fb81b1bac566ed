package dev.claudemigrate.engine;

/** Byte searches that decide whether a file is worth decoding at all. */
final class Bytes {
  private Bytes() {}

  /** Whether some line of {@code bytes} holds {@code part} twice. */
  static boolean lineWithTwo(byte[] bytes, byte[] part) {
    int lineEnd = -1; // the end of the line of the last occurrence
    for (int at = indexOf(bytes, part, 0, bytes.length);
        at >= 0;
        at = indexOf(bytes, part, at + part.length, bytes.length)) {
      if (at < lineEnd) {
        return true;
      }
      lineEnd = endOfLine(bytes, at);
    }
    return false;
  }

  private static int endOfLine(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return bytes.length;
  }

  private static int indexOf(byte[] bytes, byte[] part, int from, int to) {
    outer:
    for (int i = from; i + part.length <= to; i++) {
      if (bytes[i] != part[0]) {
        continue;
      }
      for (int k = 1; k < part.length; k++) {
        if (bytes[i + k] != part[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
