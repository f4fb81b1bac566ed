package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
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
}
