package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claudemigrate.engine.files.FileSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadBufferTest {
  private static final long LIMIT = 10L * 1024 * 1024;

  @TempDir Path dir;

  @Test
  void readsFilesOfEverySizeOneAfterAnother() throws IOException {
    ReadBuffer buffer = new ReadBuffer();
    Random random = new Random(7);
    for (int size : new int[] {0, 1, 65535, 65536, 65537, 3_000_000, 2, 0, 200_000, 5}) {
      byte[] content = new byte[size];
      random.nextBytes(content);
      Path f = dir.resolve("f" + size);
      Files.write(f, content);
      int n = buffer.read(f, size, LIMIT);
      assertArrayEquals(content, Arrays.copyOf(buffer.bytes(), n), "size " + size);
      // The walk's size is only a hint: a file that changed since reads whole all the same.
      int again = buffer.read(f, size / 3 + 7, LIMIT);
      assertArrayEquals(content, Arrays.copyOf(buffer.bytes(), again), "hint off, size " + size);
    }
  }

  @Test
  void theLimitHoldsWhileReadingWhateverTheWalkSaid() throws IOException {
    Path f = Files.write(dir.resolve("grown"), new byte[3 * 1024 * 1024 + 1]);
    ReadBuffer buffer = new ReadBuffer();
    assertThrows(ReadBuffer.TooLarge.class, () -> buffer.read(f, 100, 3 * 1024 * 1024));
    assertEquals(3 * 1024 * 1024 + 1, buffer.read(f, 100, 3 * 1024 * 1024 + 1));
    Path small = Files.write(dir.resolve("small"), new byte[] {'a', 'b'});
    assertEquals(2, buffer.read(small, 2, 3 * 1024 * 1024), "the buffer is usable after");
  }

  @Test
  void missingFileFails() {
    assertThrows(
        NoSuchFileException.class, () -> new ReadBuffer().read(dir.resolve("none"), 0, LIMIT));
  }

  @Test
  void aReadOfTheWalksSizeEndsTheFileWithoutAnotherCall() throws IOException {
    Path f = Files.write(dir.resolve("f"), new byte[] {'a', 'b', 'c'});
    AtomicInteger reads = new AtomicInteger();
    FileSink.Opener counting =
        () -> {
          FileChannel ch = FileChannel.open(f);
          return new FilterChannel(ch, reads);
        };
    ReadBuffer buffer = new ReadBuffer();
    assertEquals(3, buffer.read(counting, 3, LIMIT));
    assertEquals(1, reads.get(), "no call that would only say end-of-file");
    reads.set(0);
    assertEquals(3, buffer.read(counting, 2, LIMIT), "another size: read on to the end");
    assertEquals(2, reads.get());
  }

  /** A channel that counts its reads. */
  private record FilterChannel(FileChannel ch, AtomicInteger reads) implements SeekableByteChannel {
    @Override
    public int read(ByteBuffer dst) throws IOException {
      reads.incrementAndGet();
      return ch.read(dst);
    }

    @Override
    public int write(ByteBuffer src) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long position() throws IOException {
      return ch.position();
    }

    @Override
    public SeekableByteChannel position(long p) throws IOException {
      ch.position(p);
      return this;
    }

    @Override
    public long size() throws IOException {
      return ch.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isOpen() {
      return ch.isOpen();
    }

    @Override
    public void close() throws IOException {
      ch.close();
    }
  }
}
