package dev.claudemigrate.nativefs;

import dev.claudemigrate.engine.files.FastFolders;
import dev.claudemigrate.engine.source.NativeLibraries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Chooses how a scan lists folders and opens files: {@link LinuxFolders} on Linux (x86-64 and
 * AArch64) when JNA's native library loads, else the JDK's way (null). {@code MIGRATE_NATIVE=0}
 * turns it off. JNA's own library is unpacked once into the cache folder the tree-sitter libraries
 * use, not into a new temporary file on every run, and loaded from there ({@code
 * jna.boot.library.path}).
 */
public final class NativeWalk {
  private static final Object LOCK = new Object();
  private static volatile boolean tried;
  private static FastFolders folders;

  private NativeWalk() {}

  /** The native walk, or null where it is off or cannot load. Loaded once per process. */
  public static FastFolders folders() {
    if (!tried) {
      synchronized (LOCK) {
        if (!tried) {
          folders = load(System.getenv());
          tried = true;
        }
      }
    }
    return folders;
  }

  static FastFolders load(Map<String, String> env) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "");
    boolean x86 = arch.equals("amd64") || arch.equals("x86_64");
    String dir = x86 ? "linux-x86-64" : arch.equals("aarch64") ? "linux-aarch64" : null;
    if ("0".equals(env.get("MIGRATE_NATIVE")) || !os.startsWith("linux") || dir == null) {
      return null;
    }
    try {
      if (System.getProperty("jna.boot.library.path") == null) {
        unpack("/com/sun/jna/" + dir + "/libjnidispatch.so");
      }
      if (System.getProperty("jna.platform.library.path") == null) {
        System.setProperty(
            "jna.platform.library.path",
            Libc.platformPath(x86 ? "x86_64-linux-gnu" : "aarch64-linux-gnu"));
      }
      Libc.bind();
      // MIGRATE_URING=0: each file opened, read and closed on its own, as before io_uring.
      return new LinuxFolders(charset(), false, false, !"0".equals(env.get("MIGRATE_URING")));
    } catch (IOException | RuntimeException | LinkageError e) {
      return null; // the JDK's way: slower, the same files
    }
  }

  /** The charset the JDK decodes file names with. */
  static Charset charset() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding"));
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }

  /**
   * Unpacks JNA's library into a folder named by its checksum under the native-library cache
   * (owner-only when in the shared temporary folder: {@link NativeLibraries}), once, and points JNA
   * at it.
   */
  private static void unpack(String resource) throws IOException {
    byte[] lib;
    try (InputStream in = NativeWalk.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("not in the jar: " + resource);
      }
      lib = in.readAllBytes();
    }
    CRC32 crc = new CRC32();
    crc.update(lib);
    NativeLibraries.prepare();
    Path dir =
        Path.of(System.getProperty(NativeLibraries.PROPERTY))
            .resolve(String.format("jna-%08x", crc.getValue()));
    Path file = dir.resolve("libjnidispatch.so");
    if (!Files.isRegularFile(file) || Files.size(file) != lib.length) {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "libjnidispatch", ".tmp");
      Files.write(tmp, lib);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    System.setProperty("jna.boot.library.path", dir.toString());
  }
}
