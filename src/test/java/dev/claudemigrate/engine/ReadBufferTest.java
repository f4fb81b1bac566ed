package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
      int n = buffer.read(f);
      assertArrayEquals(content, Arrays.copyOf(buffer.bytes(), n), "size " + size);
    }
  }

  @Test
  void missingFileFails() {
    assertThrows(NoSuchFileException.class, () -> new ReadBuffer().read(dir.resolve("none")));
  }
}
