package dev.claudemigrate.nativefs;

import com.sun.jna.Pointer;
import dev.claudemigrate.engine.files.FastFolders;
import dev.claudemigrate.engine.files.FileSink;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Folders listed with {@code getdents64} and files opened with {@code openat}, as ripgrep does
 * (docs/adr/0105): each entry's kind is the listing's {@code d_type}, so no entry is stat'ed. A
 * folder is left to the JDK's walk when an entry's kind is unknown (a file system that does not
 * fill {@code d_type}), when the folder cannot be searched, or when a name does not come back the
 * same through the platform's charset (the JDK keeps such names as bytes).
 */
public final class LinuxFolders implements FastFolders {
  private static final int DT_DIR = 4;
  private static final int DT_REG = 8;
  private static final int DT_LNK = 10;
  private static final int DT_UNKNOWN = 0;

  /** What the JDK decodes file names with ({@code sun.jnu.encoding}). */
  private final Charset names;

  /** Test seam: every entry's kind taken as unknown, as some file systems report it. */
  private final boolean kindsUnknown;

  LinuxFolders(Charset names, boolean kindsUnknown) {
    this.names = names;
    this.kindsUnknown = kindsUnknown;
  }

  @Override
  public Listing open(Path dir) throws IOException {
    String text = dir.toString();
    byte[] path = (text + '\0').getBytes(names);
    if (text.indexOf('\uFFFD') >= 0 || path.length > Scratch.PATH_BYTES) {
      return Fallback.INSTANCE; // a name kept as bytes by the JDK, or too long: its way
    }
    Scratch s = Scratch.get();
    s.path.write(0, path, 0, path.length);
    int flags = Libc.O_DIRECTORY | Libc.O_CLOEXEC;
    int fd;
    do {
      fd = Libc.openat(Libc.AT_FDCWD, Pointer.nativeValue(s.path), flags);
    } while (fd < 0 && Errors.last() == Libc.EINTR);
    if (fd < 0) {
      throw Errors.ofFolder(Errors.last(), text);
    }
    return new Open(fd, text);
  }

  /** A listing that sends its folder to the JDK's walk. */
  private enum Fallback implements Listing {
    INSTANCE;

    @Override
    public Optional<List<Entry>> entries() {
      return Optional.empty();
    }

    @Override
    public FileSink.Opener opener(Entry entry, long limit) {
      throw new IllegalStateException("no entries");
    }

    @Override
    public void close() {}
  }

  private final class Open implements Listing {
    private final int fd;
    private final String dir;
    private byte[] bytes;

    Open(int fd, String dir) {
      this.fd = fd;
      this.dir = dir;
    }

    @Override
    public Optional<List<Entry>> entries() throws IOException {
      Scratch s = Scratch.get();
      s.path.setShort(0, (short) '.'); // "." and its NUL: resolving it needs search permission
      if (Libc.faccessat(fd, Pointer.nativeValue(s.path), 0, 0) != 0) {
        return Optional.empty();
      }
      int length = list(s);
      bytes = Arrays.copyOf(s.listing, length);
      List<Entry> entries = new ArrayList<>();
      for (int at = 0; at < length; ) {
        int reclen = (bytes[at + 16] & 0xff) | (bytes[at + 17] & 0xff) << 8;
        Entry e = entry(at + 19, bytes[at + 18] & 0xff);
        if (e == null) {
          return Optional.empty();
        }
        if (!e.name().equals(".") && !e.name().equals("..")) {
          entries.add(e);
        }
        at += reclen;
      }
      return Optional.of(entries);
    }

    /** Reads the whole listing into {@code s.listing}; returns its length in bytes. */
    private int list(Scratch s) throws IOException {
      long buffer = Pointer.nativeValue(s.entries);
      int length = 0;
      while (true) {
        long n = Libc.syscall(Libc.SYS_GETDENTS64, fd, buffer, s.entries.size());
        if (n < 0 && Errors.last() == Libc.EINTR) {
          continue;
        }
        if (n < 0) {
          throw Errors.ofFolder(Errors.last(), dir);
        }
        if (n == 0) {
          return length;
        }
        if (length + n > s.listing.length) {
          s.listing = Arrays.copyOf(s.listing, Math.max(2 * s.listing.length, length + (int) n));
        }
        s.entries.read(0, s.listing, length, (int) n);
        length += (int) n;
      }
    }

    /** The entry whose name starts at {@code from}, or null when the JDK's way must list it. */
    private Entry entry(int from, int type) {
      int end = from;
      boolean ascii = true;
      while (bytes[end] != 0) {
        ascii &= bytes[end] >= 0;
        end++;
      }
      String name =
          new String(bytes, from, end - from, ascii ? StandardCharsets.ISO_8859_1 : names);
      // The name must give its bytes back (Arrays.equals takes from/to indices, not lengths).
      byte[] back = ascii ? null : name.getBytes(names);
      if (!ascii && !Arrays.equals(back, 0, back.length, bytes, from, end)
          || kindsUnknown
          || type == DT_UNKNOWN) {
        return null;
      }
      Kind kind =
          switch (type) {
            case DT_REG -> Kind.FILE;
            case DT_DIR -> Kind.DIRECTORY;
            case DT_LNK -> Kind.LINK;
            default -> Kind.OTHER;
          };
      return new Entry(name, kind, from);
    }

    @Override
    public FileSink.Opener opener(Entry entry, long limit) {
      return () -> FdChannel.open(fd, bytes, entry.ref(), entry.name(), limit);
    }

    @Override
    public void close() {
      Libc.close(fd);
    }
  }
}
