package dev.claudemigrate.engine.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A walk on several threads finds, hands over and reports exactly what a one-thread walk does. */
class ParallelWalkTest {
  @TempDir Path root;

  private void write(String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  /** What a walk found and what its sink heard, read through the sink's opener. */
  private record Seen(Walk walk, Map<String, String> heard) {}

  private Seen walk(int threads, WalkOptions options) throws IOException {
    Map<String, String> heard = new ConcurrentHashMap<>();
    Walk walk =
        FileWalker.walk(
            root,
            options,
            threads,
            (file, open) -> {
              String text = read(open);
              assertEquals(null, heard.put(file.path(), text), "handed over twice: " + file);
            });
    return new Seen(walk, heard);
  }

  private static String read(FileSink.Opener open) {
    try (SeekableByteChannel ch = open.open()) {
      ByteBuffer buf = ByteBuffer.allocate((int) ch.size());
      while (buf.hasRemaining() && ch.read(buf) > 0) {
        // read on
      }
      return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void manyFoldersGiveTheSameSortedListsOnOneOrFourThreads() throws IOException {
    for (int d = 0; d < 12; d++) {
      for (int f = 0; f < 15; f++) {
        write("svc" + d + "/src/m" + (f % 3) + "/file" + f + ".py", "x = " + d + f + "\n");
      }
      write("svc" + d + "/big.json", "x".repeat(3000));
      write("svc" + d + "/node_modules/dep.js", "x");
    }
    write("svc3/.gitignore", "src/m1/\n");
    write("svc3-x/a.py", "a\n");
    WalkOptions options = new WalkOptions(List.of(), List.of(), true, true, 2000);

    Seen one = walk(1, options);
    Seen four = walk(4, options);

    assertEquals(12 * 15 - 5 + 1, one.walk().files().size());
    assertEquals(one.walk(), four.walk());
    assertEquals(one.heard(), four.heard());
    List<String> paths = four.walk().files().stream().map(WalkedFile::path).toList();
    List<String> sorted = new ArrayList<>(paths);
    sorted.sort(null);
    assertEquals(sorted, paths, "sorted by path whatever the threads");
    assertEquals(paths, sorted.stream().filter(four.heard()::containsKey).toList());
    assertEquals(paths.size(), four.heard().size(), "every file handed over once");
    assertFalse(four.heard().containsKey("svc3/src/m1/file7.py"), "ignored by svc3/.gitignore");
    assertEquals("x = 57\n", four.heard().get("svc5/src/m1/file7.py"));
    assertEquals(12, four.walk().skipped().size(), "one big.json per folder, sorted");
    assertEquals("svc0/big.json", four.walk().skipped().get(0).path());
  }

  @Test
  void linksAreFollowedInTheOrderAOneThreadWalkMeetsThem() throws IOException {
    // Reached only through links (vendored folders are not walked): the first link met wins.
    // A depth-first walk meets a/x before a-b, although "a-b" < "a/x" as strings.
    write("node_modules/pkg/index.py", "x\n");
    Files.createDirectories(root.resolve("a"));
    Files.createSymbolicLink(root.resolve("a/x"), root.resolve("node_modules/pkg"));
    Files.createSymbolicLink(root.resolve("a-b"), root.resolve("node_modules/pkg"));
    for (int threads : new int[] {1, 4}) {
      Seen seen = walk(threads, WalkOptions.defaults());
      assertEquals(
          List.of("a/x/index.py"),
          seen.walk().files().stream().map(WalkedFile::path).toList(),
          threads + " threads");
      assertEquals(Map.of("a/x/index.py", "x\n"), seen.heard());
    }
  }

  @Test
  void fifosInTheTreeAreNeverOpened() throws Exception {
    write("src/app.py", "x\n");
    Path fifo = root.resolve("src/pipe.py");
    Path noExtension = root.resolve("src/deploy");
    for (Path p : List.of(fifo, noExtension)) {
      Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
      assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
    }
    // Opening a FIFO with no writer blocks: a walk that opened one would never end.
    Seen seen =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> walk(2, WalkOptions.defaults()));
    assertEquals(
        List.of("src/app.py"), seen.walk().files().stream().map(WalkedFile::path).toList());
    assertEquals(Map.of("src/app.py", "x\n"), seen.heard());
    assertTrue(seen.walk().unreadable().isEmpty());
  }
}
