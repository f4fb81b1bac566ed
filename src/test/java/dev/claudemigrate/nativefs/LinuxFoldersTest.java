package dev.claudemigrate.nativefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.claudemigrate.engine.files.FastFolders;
import dev.claudemigrate.engine.files.FileSink;
import dev.claudemigrate.engine.files.FileWalker;
import dev.claudemigrate.engine.files.Walk;
import dev.claudemigrate.engine.files.WalkOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native walk lists, reads and skips exactly what the JDK's walk does (docs/adr/0105). */
class LinuxFoldersTest {
  @TempDir Path root;

  @BeforeAll
  static void onlyWhereItLoads() {
    assumeTrue(NativeWalk.load(Map.of()) != null, "no native walk on this platform");
  }

  @AfterEach
  void reopen() throws IOException {
    Path closed = root.resolve("closed");
    if (Files.isDirectory(closed)) {
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private void write(String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  /** A tree with every case the walk decides on. */
  private void tree(@TempDir Path outside) throws Exception {
    write("a/app.py", "import boto3\n");
    write("a/b/Main.java", "class Main {}\n");
    write("a/b/c/deep.ts", "export {}\n");
    write("a/empty.py", "");
    write("a/big.py", "x".repeat(300));
    write("a/notes.csv", "not code\n");
    // Names beyond ASCII (field: a folder holding a Japanese-named Markdown file was unreadable as
    // a whole): a short one is always shorter than its offset in the listing.
    write("a/é.py", "model = \"anthropic.claude-3-5-sonnet-20240620-v1:0\"\n");
    write("a/コピペ用コマンド.md", "`anthropic.claude-3-5-sonnet-20240620-v1:0`\n");
    write("bin/deploy", "#!/usr/bin/env bash\necho hi\n");
    write("bin/LICENSE", "MIT\n");
    write(".gitignore", "ignored/\n*.gen.py\n");
    write("ignored/x.py", "x = 1\n");
    write("a/skip.gen.py", "x = 1\n");
    write("sub/.ignore", "!keep.gen.py\n");
    write("sub/keep.gen.py", "y = 2\n");
    write("node_modules/lib/index.js", "module.exports = 1\n");
    write(".git/config", "[core]\n");
    write("many/f.txt", "");
    for (int i = 0; i < 1500; i++) { // more than one 32 KiB getdents64 call
      write("many/file-" + i + ".js", "let a" + i + " = " + i + ";\n");
    }
    Files.writeString(outside.resolve("out.py"), "secret = 1\n");
    Files.createSymbolicLink(root.resolve("a/link.py"), root.resolve("a/app.py"));
    Files.createSymbolicLink(root.resolve("linked"), root.resolve("a/b"));
    Files.createSymbolicLink(root.resolve("loop"), root);
    Files.createSymbolicLink(root.resolve("out.py"), outside.resolve("out.py"));
    Files.createSymbolicLink(root.resolve("dangling.py"), root.resolve("nowhere.py"));
    Process mk = new ProcessBuilder("mkfifo", root.resolve("a/pipe.py").toString()).start();
    assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
    Path closed = Files.createDirectories(root.resolve("closed"));
    Files.writeString(closed.resolve("in.py"), "z = 3\n");
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("-w-------"));
  }

  /** What a walk found: each file's language and content, the skipped and the unreadable. */
  private static String walk(Path root, FastFolders fast, int threads) throws IOException {
    return walk(root, fast, threads, 200); // a.big.py is over 200 bytes
  }

  private static String walk(Path root, FastFolders fast, int threads, long limit)
      throws IOException {
    Map<String, String> read = new TreeMap<>();
    WalkOptions options = new WalkOptions(List.of(), List.of(), true, true, limit);
    Walk w =
        FileWalker.handOver(
            root,
            options,
            threads,
            (f, open) -> {
              String text;
              try (SeekableByteChannel ch = open.open()) {
                text = readAll(ch);
              } catch (IOException e) {
                text = "error: " + e.getClass().getSimpleName();
              }
              synchronized (read) {
                read.put(f.path(), f.language() + " " + text);
              }
            },
            fast);
    return "count " + w.fileCount() + "\n" + read + "\n" + w.skipped() + "\n" + w.unreadable();
  }

  private static String readAll(SeekableByteChannel ch) throws IOException {
    byte[] bytes = new byte[16];
    int n = 0;
    while (true) {
      if (n == bytes.length) {
        bytes = Arrays.copyOf(bytes, 2 * n);
      }
      int r = ch.read(ByteBuffer.wrap(bytes, n, bytes.length - n));
      if (r < 0) {
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
      }
      n += r;
    }
  }

  @Test
  void listsReadsAndSkipsWhatTheJdkWalkDoes(@TempDir Path outside) throws Exception {
    tree(outside);
    String jdk = walk(root, null, 1);
    assertTrue(jdk.contains("a/b/c/deep.ts"), jdk);
    assertTrue(jdk.contains("a/big.py"), jdk); // skipped, by size
    for (int threads : new int[] {1, 2, 4}) {
      String fast =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20),
              () -> walk(root, new LinuxFolders(NativeWalk.charset(), false), threads));
      assertEquals(jdk, fast, threads + " threads");
    }
    // Every file read on until a read returns 0, as on file systems not known to fill reads.
    assertEquals(jdk, walk(root, new LinuxFolders(NativeWalk.charset(), false, true), 2));
  }

  /**
   * Files read in io_uring batches (docs/adr/0127) are the files read one by one: sizes around the
   * batch's buffer (the one that fills it is read again the usual way), more files in a folder than
   * a batch holds, a file removed after its folder was listed, under the size limit and over it.
   */
  @Test
  void filesReadInBatchesAreTheFilesReadOneByOne() throws Exception {
    int buffer = Scratch.DATA_BYTES;
    for (int size : new int[] {0, 1, buffer - 1, buffer, buffer + 1, 3 * buffer + 5}) {
      write("sizes/f" + size + ".py", "y".repeat(size));
    }
    for (int i = 0; i < 3 * Ring.BATCH + 7; i++) {
      write("many/m" + i + ".js", "let v" + i + " = " + i + ";\n");
    }
    for (long limit : new long[] {10, 1 << 20}) {
      String oneByOne =
          walk(root, new LinuxFolders(NativeWalk.charset(), false, false, false), 2, limit);
      assertEquals(
          oneByOne,
          walk(root, new LinuxFolders(NativeWalk.charset(), false, false, true), 2, limit),
          "limit " + limit);
      assertTrue(oneByOne.contains("sizes/f" + (buffer + 1) + ".py"), oneByOne);
    }
  }

  @Test
  void aFileOfABatchIsReadWithItAndHandedOutOnce() throws Exception {
    write("a.py", "a = 1\n");
    write("b.py", "b = 2\n");
    try (FastFolders.Listing listing = new LinuxFolders(NativeWalk.charset(), false).open(root)) {
      List<FastFolders.Entry> entries = listing.entries().orElseThrow(); // in the listing's order
      FastFolders.Entry first = entries.get(0);
      FastFolders.Entry second = entries.get(1);
      Map<String, String> text = Map.of("a.py", "a = 1\n", "b.py", "b = 2\n");
      try (SeekableByteChannel ch = listing.opener(first, 100).open()) {
        assertEquals(text.get(first.name()), readAll(ch)); // the batch reads both files
      }
      Files.writeString(root.resolve(second.name()), "changed\n");
      Files.writeString(root.resolve(first.name()), "changed too\n");
      // The second file was read with the first one's batch, before it changed (where the system
      // has io_uring); the first, opened again, is read again.
      boolean ring = Ring.create(new Object()) != null;
      try (SeekableByteChannel ch = listing.opener(second, 100).open()) {
        assertEquals(ring ? text.get(second.name()) : "changed\n", readAll(ch));
      }
      try (SeekableByteChannel ch = listing.opener(first, 100).open()) {
        assertEquals("changed too\n", readAll(ch));
      }
    }
  }

  @Test
  void foldersOfUnknownEntryKindsAreWalkedTheJdkWay(@TempDir Path outside) throws Exception {
    tree(outside);
    assertEquals(walk(root, null, 2), walk(root, new LinuxFolders(NativeWalk.charset(), true), 2));
  }

  @Test
  void entriesCarryTheirKindsAndAFileRemovedAfterListingFailsAsTheJdkSays() throws Exception {
    write("f.py", "x\n");
    Files.createDirectory(root.resolve("d"));
    Files.createSymbolicLink(root.resolve("l"), root.resolve("f.py"));
    LinuxFolders folders = new LinuxFolders(NativeWalk.charset(), false);
    try (FastFolders.Listing listing = folders.open(root)) {
      List<FastFolders.Entry> entries = listing.entries().orElseThrow();
      Map<String, FastFolders.Kind> kinds = new TreeMap<>();
      entries.forEach(e -> kinds.put(e.name(), e.kind()));
      assertEquals(
          Map.of(
              "f.py", FastFolders.Kind.FILE,
              "d", FastFolders.Kind.DIRECTORY,
              "l", FastFolders.Kind.LINK),
          kinds);
      FastFolders.Entry f =
          entries.stream().filter(e -> e.name().equals("f.py")).findFirst().orElseThrow();
      try (SeekableByteChannel ch = listing.opener(f, 1).open()) {
        FileSink.TooLarge e =
            assertThrows(FileSink.TooLarge.class, () -> readAll(ch)); // 2 bytes, limit 1
        assertEquals(2, e.size());
      }
      Files.delete(root.resolve("f.py"));
      NoSuchFileException gone =
          assertThrows(NoSuchFileException.class, () -> listing.opener(f, 10).open());
      assertEquals("f.py", gone.getFile());
    }
    assertThrows(NoSuchFileException.class, () -> folders.open(root.resolve("none")));
  }

  @Test
  void offWhenAskedOrElsewhere() {
    assertNull(NativeWalk.load(Map.of("MIGRATE_NATIVE", "0")));
    assertNotNull(NativeWalk.load(Map.of("MIGRATE_NATIVE", "1")));
    assertTrue(((LinuxFolders) NativeWalk.load(Map.of())).batches());
    assertFalse(((LinuxFolders) NativeWalk.load(Map.of("MIGRATE_URING", "0"))).batches());
  }
}
