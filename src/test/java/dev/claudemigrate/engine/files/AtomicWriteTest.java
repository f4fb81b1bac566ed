package dev.claudemigrate.engine.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aNewFileGetsTheModeTheUmaskGivesNotOwnerOnly() throws IOException {
    Path reference = Files.createFile(dir.resolve("reference"));
    Path out = dir.resolve("report.sarif");
    AtomicWrite.write(out, utf8("{}"));
    assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out));
    assertEquals("{}", Files.readString(out));
  }

  @Test
  void anExistingFileKeepsItsMode() throws IOException {
    Path out = Files.writeString(dir.resolve("r.md"), "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
    AtomicWrite.write(out, utf8("new"));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    assertEquals(List.of("r.md"), names());
  }

  @Test
  void writesThroughASymlinkAndKeepsTheLink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
    AtomicWrite.write(link, utf8("new"));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(real));
  }

  @Test
  void keepsSetuidAndSetgidBits() throws IOException {
    Path out = Files.writeString(dir.resolve("tool.sh"), "old");
    Files.setAttribute(out, "unix:mode", 06755);
    AtomicWrite.Result r = AtomicWrite.write(out, utf8("new"));
    assertEquals(06755, (int) Files.getAttribute(out, "unix:mode") & 07777, r.notKept().toString());
  }

  @Test
  void keepsTheOwnerWhereAllowed() throws IOException {
    assumeTrue("root".equals(System.getProperty("user.name")), "only root may give files away");
    Path out = Files.writeString(dir.resolve("owned.py"), "old");
    Files.setAttribute(out, "unix:uid", 65534);
    Files.setAttribute(out, "unix:gid", 65534);
    AtomicWrite.write(out, utf8("new"));
    assertEquals(65534, Files.getAttribute(out, "unix:uid"));
    assertEquals(65534, Files.getAttribute(out, "unix:gid"));
  }

  @Test
  void keepsUserExtendedAttributes() throws IOException {
    Path out = Files.writeString(dir.resolve("tagged.py"), "old");
    UserDefinedFileAttributeView view =
        Files.getFileAttributeView(out, UserDefinedFileAttributeView.class);
    try {
      view.write("claude-migrate.test", ByteBuffer.wrap(utf8("kept")));
    } catch (IOException e) {
      assumeTrue(false, "no user xattrs on this file system: " + e.getMessage());
    }
    AtomicWrite.write(out, utf8("new"));
    ByteBuffer buf = ByteBuffer.allocate(16);
    Files.getFileAttributeView(out, UserDefinedFileAttributeView.class)
        .read("claude-migrate.test", buf);
    assertEquals("kept", new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
  }

  @Test
  void saysWhenAHardLinkIsSplit() throws IOException {
    Path out = Files.writeString(dir.resolve("a.py"), "old");
    Path other = Files.createLink(dir.resolve("b.py"), out);
    AtomicWrite.Result r = AtomicWrite.write(out, utf8("new"));
    assertEquals("old", Files.readString(other));
    assertEquals(
        List.of("1 other hard link keeps the old content (the rename makes a new file)"),
        r.notKept());
  }

  @Test
  void writesEveryByteOfContentLongerThanOneWrite() throws IOException {
    for (int length :
        new int[] {0, 1, AtomicWrite.CHUNK, AtomicWrite.CHUNK + 1, 3 * AtomicWrite.CHUNK + 17}) {
      byte[] bytes = new byte[length];
      new java.util.Random(length).nextBytes(bytes);
      Path f = dir.resolve("report-" + length + ".bin");
      AtomicWrite.write(f, bytes);
      assertArrayEquals(bytes, Files.readAllBytes(f), "length " + length);
    }
  }

  @Test
  void aNameOf250BytesCanBeRewritten() throws IOException {
    String name = "é".repeat(122) + "x.py"; // 248 bytes
    Path out = Files.writeString(dir.resolve(name), "old");
    AtomicWrite.write(out, utf8("new"));
    assertEquals("new", Files.readString(out));
    String temp = AtomicWrite.tempName(name, 4194304, 12345);
    assertTrue(temp.getBytes(StandardCharsets.UTF_8).length <= 255, temp);
    assertTrue(temp.startsWith(".é"), temp);
    assertTrue(temp.endsWith(".claude-migrate.tmp"), temp);
  }

  @Test
  void removesTemporaryFilesLeftByAKilledRunButNotThoseOfALiveOne() throws IOException {
    long dead = 2_000_000_000L; // above any pid_max
    Path stale = Files.writeString(dir.resolve(AtomicWrite.tempName("a.py", dead, 1)), "x");
    Path oldStyle = Files.writeString(dir.resolve(".a.py.8812734.claude-migrate.tmp"), "x");
    long live = ProcessHandle.current().parent().orElseThrow().pid();
    Path busy = Files.writeString(dir.resolve(AtomicWrite.tempName("b.py", live, 1)), "x");
    AtomicWrite.write(dir.resolve("a.py"), utf8("new"));
    assertFalse(Files.exists(stale));
    assertFalse(Files.exists(oldStyle));
    assertTrue(Files.exists(busy));
  }

  @Test
  void aGuardThatFailsJustBeforeTheRenameLeavesTheTargetAndNoTemporaryFile() throws IOException {
    Path out = Files.writeString(dir.resolve("a.py"), "old");
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                AtomicWrite.write(
                    out,
                    utf8("new"),
                    t -> {
                      throw new IOException("changed");
                    }));
    assertEquals("changed", e.getMessage());
    assertEquals("old", Files.readString(out));
    assertEquals(List.of("a.py"), names());
  }
}
