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
 * same through the platform's charset (the JDK keeps such names as bytes). Files are opened by
 * their names where {@code getdents64} wrote them and read through one channel per thread
 * (docs/adr/0107).
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

  /** Test seam: never end a file on a short read (as on file systems not known to fill reads). */
  private final boolean readToZero;

  LinuxFolders(Charset names, boolean kindsUnknown) {
    this(names, kindsUnknown, false);
  }

  LinuxFolders(Charset names, boolean kindsUnknown, boolean readToZero) {
    this.names = names;
    this.kindsUnknown = kindsUnknown;
    this.readToZero = readToZero;
  }

  @Override
  public Listing open(Path dir) throws IOException {
    String text = dir.toString();
    byte[] path = (text + '\0').getBytes(names);
    if (text.indexOf('\uFFFD') >= 0 || path.length > Scratch.PATH_BYTES) {
      return Fallback.INSTANCE; // a name kept as bytes by the JDK, or too long: its way
    }
    Scratch s = Scratch.take();
    s.path.write(0, path, 0, path.length);
    int flags = Libc.O_DIRECTORY | Libc.O_CLOEXEC;
    int fd;
    do {
      fd = Libc.openat(Libc.AT_FDCWD, Pointer.nativeValue(s.path), flags);
    } while (fd < 0 && Errors.last() == Libc.EINTR);
    if (fd < 0) {
      s.release();
      throw Errors.ofFolder(Errors.last(), text);
    }
    return new Open(s, fd, text);
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

  private final class Open implements Listing, FileSink.Opener {
    private final Scratch s;
    private final int fd;
    private final String dir;

    /** Whether a short read ends a file here ({@link FullReads}). */
    private boolean shortEnds;

    /** The entry {@link #open()} opens: the last one given to {@link #opener}. */
    private Entry entry;

    private long limit;

    Open(Scratch s, int fd, String dir) {
      this.s = s;
      this.fd = fd;
      this.dir = dir;
    }

    @Override
    public Optional<List<Entry>> entries() throws IOException {
      s.path.setShort(0, (short) '.'); // "." and its NUL: resolving it needs search permission
      if (Libc.faccessat(fd, Pointer.nativeValue(s.path), 0, 0) != 0) {
        return Optional.empty();
      }
      shortEnds = !readToZero && FullReads.of(fd, s.path);
      int length = list();
      if (length > s.listing.length) {
        s.listing = new byte[Math.max(2 * s.listing.length, length)];
      }
      byte[] bytes = s.listing;
      s.entries.read(0, bytes, 0, length);
      List<Entry> entries = new ArrayList<>();
      for (int at = 0; at < length; ) {
        int reclen = (bytes[at + 16] & 0xff) | (bytes[at + 17] & 0xff) << 8;
        Entry e = entry(bytes, at + 19, bytes[at + 18] & 0xff);
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

    /** Reads the whole listing into {@code s.entries}; returns its length in bytes. */
    private int list() throws IOException {
      int length = 0;
      while (true) {
        long room = s.entriesRoom(length);
        long n = Libc.syscall(Libc.SYS_GETDENTS64, fd, room, s.entries.size() - length);
        if (n < 0 && Errors.last() == Libc.EINTR) {
          continue;
        }
        if (n < 0) {
          throw Errors.ofFolder(Errors.last(), dir);
        }
        if (n == 0) {
          return length;
        }
        length += (int) n;
      }
    }

    /** The entry whose name starts at {@code from}, or null when the JDK's way must list it. */
    private Entry entry(byte[] bytes, int from, int type) {
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

    /** This listing itself, set to open {@code entry}: one opener per folder, not per file. */
    @Override
    public FileSink.Opener opener(Entry entry, long limit) {
      this.entry = entry;
      this.limit = limit;
      return this;
    }

    @Override
    public FdChannel open() throws IOException {
      long name = Pointer.nativeValue(s.entries) + entry.ref();
      return FdChannel.open(s, fd, name, entry.name(), limit, shortEnds);
    }

    @Override
    public void close() {
      Libc.close(fd);
      s.release();
    }
  }
}
