package dev.claudemigrate.engine;

import dev.claudemigrate.engine.files.FileSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
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

  /** A file that held more than the limit when read (it grew after the walk measured it). */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super(String.format("larger than %d MiB when read", limit >> 20));
    }
  }

  private byte[] bytes = new byte[64 * 1024];

  /** A view of {@link #bytes} kept from file to file, not a new one for every read call. */
  private ByteBuffer view = ByteBuffer.wrap(bytes);

  /** The buffer; only the length {@link #read} returned is this file's content. */
  byte[] bytes() {
    return bytes;
  }

  /**
   * Reads the whole file at {@code path} to its end and returns its length. No {@code size()} call:
   * the walk's size {@code expected} only sizes the buffer, and reading stops with {@link TooLarge}
   * past {@code limit} bytes, whatever the file said before.
   */
  int read(Path path, long expected, long limit) throws IOException {
    return read(() -> FileChannel.open(path, READ), expected, limit);
  }

  /**
   * Reads the file {@code open} opens, as {@link #read(Path, long, long)}. A read that returns
   * exactly the walk's size and leaves room in the buffer ends the file: the call that would only
   * return end-of-file is saved (one system call of four per file). A file that changed since the
   * walk gives another count and is read on to its end.
   */
  int read(FileSink.Opener open, long expected, long limit) throws IOException {
    if (bytes.length > KEEP) {
      use(new byte[64 * 1024]);
    }
    long cap = Math.min(limit, Integer.MAX_VALUE - 16L);
    if (expected >= bytes.length) {
      use(new byte[(int) Math.min(expected + 1, cap + 1)]);
    }
    try (SeekableByteChannel ch = open.open()) {
      int n = 0;
      while (true) {
        if (n == bytes.length) {
          if (n > cap) {
            throw new TooLarge(limit);
          }
          use(Arrays.copyOf(bytes, (int) Math.min(cap + 1, bytes.length * 2L)));
        }
        view.limit(bytes.length).position(n);
        int r = ch.read(view);
        if (r < 0) {
          return n;
        }
        n += r;
        if (n > cap) {
          throw new TooLarge(limit);
        }
        if (n == expected && n < bytes.length) {
          return n;
        }
      }
    }
  }

  private void use(byte[] array) {
    bytes = array;
    view = ByteBuffer.wrap(array);
  }
}
