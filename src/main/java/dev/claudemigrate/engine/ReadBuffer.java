package dev.claudemigrate.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;

/**
 * A byte array that one thread reads file after file into, grown as needed; files larger than
 * {@link #KEEP} get an array of their own, so the buffer a thread keeps stays small.
 */
final class ReadBuffer {
  private static final int KEEP = 1 << 20;

  /** Given as a set: the varargs form copies the options into a new HashSet for every file. */
  private static final Set<StandardOpenOption> READ = Set.of(StandardOpenOption.READ);

  private byte[] bytes = new byte[64 * 1024];

  /** The buffer; only the length {@link #read} returned is this file's content. */
  byte[] bytes() {
    return bytes;
  }

  /**
   * Reads the whole file at {@code path} (to its end, whatever its size said) and returns its
   * length.
   */
  int read(Path path) throws IOException {
    if (bytes.length > KEEP) {
      bytes = new byte[64 * 1024];
    }
    try (FileChannel ch = FileChannel.open(path, READ)) {
      long size = ch.size();
      if (size >= Integer.MAX_VALUE - 16) {
        throw new IOException("file too large to read: " + size + " bytes");
      }
      if (size >= bytes.length) {
        bytes = new byte[(int) size + 1];
      }
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (ch.read(buf) >= 0) {
        if (!buf.hasRemaining()) {
          int n = buf.position();
          bytes = Arrays.copyOf(bytes, Math.min(Integer.MAX_VALUE - 16, bytes.length * 2));
          buf = ByteBuffer.wrap(bytes, n, bytes.length - n);
        }
      }
      return buf.position();
    }
  }
}
