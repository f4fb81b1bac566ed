package dev.claudemigrate.nativefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.claudemigrate.engine.files.FastFolders;
import dev.claudemigrate.engine.files.FileSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the native walk reads files: one channel per thread, short reads, names (ADR 0107). */
class NativeReadsTest {
  @TempDir Path root;

  @BeforeAll
  static void onlyWhereItLoads() {
    assumeTrue(NativeWalk.load(Map.of()) != null, "no native walk on this platform");
  }

  private static FastFolders.Entry entry(FastFolders.Listing listing, String name)
      throws IOException {
    return entry(listing.entries().orElseThrow(), name);
  }

  private static FastFolders.Entry entry(List<FastFolders.Entry> entries, String name) {
    return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  private static String read(SeekableByteChannel ch, int chunk) throws IOException {
    StringBuilder text = new StringBuilder();
    ByteBuffer buf = ByteBuffer.allocate(chunk);
    while (ch.read(buf.clear()) >= 0) {
      text.append(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
    }
    return text.toString();
  }

  /** Whether the temporary folder is on a file system whose short reads end a file. */
  private boolean statfsKnown(Memory buf) {
    Memory path = new Memory(Scratch.PATH_BYTES);
    byte[] name = (root + "\0").getBytes(NativeWalk.charset());
    path.write(0, name, 0, name.length);
    int fd = Libc.openat(Libc.AT_FDCWD, Pointer.nativeValue(path), Libc.O_DIRECTORY);
    assertTrue(fd >= 0);
    try {
      return FullReads.of(fd, buf);
    } finally {
      Libc.close(fd);
    }
  }

  @Test
  void aShortReadEndsTheFileWhereTheFileSystemFillsReads() throws Exception {
    assumeTrue(statfsKnown(new Memory(FullReads.STATFS_BYTES)), "not ext4, XFS, Btrfs or tmpfs");
    Path f = Files.writeString(root.resolve("grows.py"), "x = 1\n");
    for (boolean readToZero : new boolean[] {false, true}) {
      Files.writeString(f, "x = 1\n");
      try (FastFolders.Listing listing =
          new LinuxFolders(NativeWalk.charset(), false, readToZero).open(root)) {
        try (SeekableByteChannel ch = listing.opener(entry(listing, "grows.py"), 100).open()) {
          ByteBuffer buf = ByteBuffer.allocate(64);
          assertEquals(6, ch.read(buf));
          Files.writeString(f, "y = 2\n", StandardOpenOption.APPEND); // after the short read
          int next = ch.read(buf);
          // The file ended at the short read; read on to 0, the appended line is read as well.
          assertEquals(readToZero ? 6 : -1, next, "read to zero: " + readToZero);
          assertEquals(-1, ch.read(buf));
        }
      }
    }
  }

  @Test
  void fileSystemsKnownToFillReads() {
    assertTrue(FullReads.known(0xEF53L)); // ext2/3/4
    assertTrue(FullReads.known(0x01021994L)); // tmpfs
    assertFalse(FullReads.known(0x6969L)); // NFS
    assertFalse(FullReads.known(0x65735546L)); // FUSE
    assertFalse(FullReads.known(0x01021997L)); // 9p
    assertFalse(FullReads.known(0x794C7630L)); // overlayfs: its lower file system is not known
    assertFalse(FullReads.known(0x9FA0L)); // procfs
  }

  @Test
  void aFileOverTheBufferIsReadWholeInChunks() throws Exception {
    StringBuilder big = new StringBuilder();
    for (int i = 0; big.length() < 3 * Scratch.DATA_BYTES + 17; i++) {
      big.append("line ").append(i).append('\n');
    }
    Files.writeString(root.resolve("big.txt"), big);
    try (FastFolders.Listing listing = new LinuxFolders(NativeWalk.charset(), false).open(root)) {
      FileSink.Opener open = listing.opener(entry(listing, "big.txt"), 1 << 20);
      try (SeekableByteChannel ch = open.open()) {
        assertEquals(big.toString(), read(ch, 100_000)); // reads of 64 KiB, then the rest
      }
      try (SeekableByteChannel ch = open.open()) {
        assertEquals(big.toString(), read(ch, 1000)); // reads smaller than asked never end it
      }
    }
  }

  @Test
  void oneChannelPerThreadReopenedFileAfterFileAndANewOneWhileItIsOpen() throws Exception {
    Files.writeString(root.resolve("a.py"), "a = 1\n");
    Files.writeString(root.resolve("b.py"), "b = 22\n");
    // Files opened one by one (no io_uring batches): the channel is reused.
    try (FastFolders.Listing listing =
        new LinuxFolders(NativeWalk.charset(), false, false, false).open(root)) {
      List<FastFolders.Entry> entries = listing.entries().orElseThrow(); // listed once
      FastFolders.Entry a = entry(entries, "a.py");
      FastFolders.Entry b = entry(entries, "b.py");
      SeekableByteChannel first = listing.opener(a, 100).open();
      assertEquals("a = 1\n", read(first, 64));
      first.close();
      assertThrows(ClosedChannelException.class, () -> first.read(ByteBuffer.allocate(4)));
      try (SeekableByteChannel second = listing.opener(b, 100).open()) {
        assertSame(first, second); // the same object, open on b.py now
        try (SeekableByteChannel third = listing.opener(a, 100).open()) {
          assertNotSame(second, third); // b.py is still open: a channel of its own
          assertEquals("a = 1\n", read(third, 4));
        }
        assertEquals("b = 22\n", read(second, 3));
      }
    }
  }

  @Test
  void aListingOpenedWhileAnotherIsOpenKeepsItsOwnNames() throws Exception {
    Files.createDirectories(root.resolve("inner"));
    Files.writeString(root.resolve("outer.py"), "outer\n");
    Files.writeString(root.resolve("inner/inner.py"), "inner\n");
    LinuxFolders folders = new LinuxFolders(NativeWalk.charset(), false);
    try (FastFolders.Listing outer = folders.open(root)) {
      FastFolders.Entry o = entry(outer, "outer.py");
      try (FastFolders.Listing inner = folders.open(root.resolve("inner"))) {
        FastFolders.Entry i = entry(inner, "inner.py");
        try (SeekableByteChannel ch = inner.opener(i, 100).open()) {
          assertEquals("inner\n", read(ch, 64));
        }
        try (SeekableByteChannel ch = outer.opener(o, 100).open()) {
          assertEquals("outer\n", read(ch, 64));
        }
      }
      try (SeekableByteChannel ch = outer.opener(o, 100).open()) {
        assertEquals("outer\n", read(ch, 64));
      }
    }
  }
}
