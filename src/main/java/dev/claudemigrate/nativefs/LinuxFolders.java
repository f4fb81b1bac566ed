package dev.claudemigrate.nativefs;

import com.sun.jna.Pointer;
import dev.claudemigrate.engine.files.FastFolders;
import dev.claudemigrate.engine.files.FileSink;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
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

  /** Whether a folder's files are read in batches through the thread's io_uring ({@link Ring}). */
  private final boolean batches;

  LinuxFolders(Charset names, boolean kindsUnknown) {
    this(names, kindsUnknown, false, true);
  }

  LinuxFolders(Charset names, boolean kindsUnknown, boolean readToZero) {
    this(names, kindsUnknown, readToZero, true);
  }

  LinuxFolders(Charset names, boolean kindsUnknown, boolean readToZero, boolean batches) {
    this.names = names;
    this.kindsUnknown = kindsUnknown;
    this.readToZero = readToZero;
    this.batches = batches;
  }

  /** Whether files are read in io_uring batches where the system has io_uring. */
  boolean batches() {
    return batches;
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

    /** The listing's entries, for reading the files after one in a batch. */
    private List<Entry> listed = List.of();

    /** Where the last opened entry stands in {@link #listed}. */
    private int cursor;

    /** The listing's indexes of the last batch's files, {@link #batched} of them. */
    private final int[] batch = new int[Ring.BATCH];

    private int batched;
    private final long[] batchNames = new long[Ring.BATCH];

    /** The last file handed out from a batch: its bytes are the batch's until it is closed. */
    private AheadChannel handed;

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
      listed = entries;
      cursor = 0;
      batched = 0;
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
    public SeekableByteChannel open() throws IOException {
      SeekableByteChannel read = batches && shortEnds ? fromBatch() : null;
      if (read != null) {
        return read;
      }
      long name = Pointer.nativeValue(s.entries) + entry.ref();
      return FdChannel.open(s, fd, name, entry.name(), limit, shortEnds);
    }

    /**
     * The entry's bytes as its folder's batch read them: the batch that holds the entry, or a new
     * one of the entry and the files listed after it. Null when the file must be opened the usual
     * way: no io_uring here, or the batch's open or read failed (the usual way gives the same
     * error), or the read filled its buffer or passed the limit (the usual way reads on and
     * measures it).
     */
    private SeekableByteChannel fromBatch() {
      Ring ring = s.ring();
      if (ring == null) {
        return null;
      }
      int at = indexOf(entry);
      if (at < 0) {
        return null; // not of this listing: never another entry's bytes
      }
      int k = slotOf(at);
      if (k < 0) {
        if (handed != null && handed.isOpen()) {
          return null; // a caller still reads a file of this batch: its bytes stay
        }
        batched = 0;
        for (int i = at; i < listed.size() && batched < Ring.BATCH; i++) {
          if (listed.get(i).kind() == Kind.FILE) {
            batch[batched] = i;
            batchNames[batched++] = Pointer.nativeValue(s.entries) + listed.get(i).ref();
          }
        }
        if (!ring.read(fd, batchNames, batched)) {
          batched = 0;
          return null;
        }
        k = 0;
      }
      int n = ring.result(k);
      batch[k] = -1; // each file of a batch is handed out once: opened again, it is read again
      if (n < 0 || n >= Scratch.DATA_BYTES || n > limit) {
        return null;
      }
      handed = new AheadChannel(ring.dataView, Ring.offset(k), n);
      return handed;
    }

    /** Where {@code e} stands in the listing (the walk asks in its order), or -1. */
    private int indexOf(Entry e) {
      for (int i = cursor; i < listed.size(); i++) {
        if (listed.get(i) == e) {
          return cursor = i;
        }
      }
      int i = listed.indexOf(e); // asked out of order: found from the start, or not at all
      if (i >= 0) {
        cursor = i;
      }
      return i;
    }

    /** The slot of the last batch that read listing index {@code at}, or -1. */
    private int slotOf(int at) {
      for (int k = 0; k < batched; k++) {
        if (batch[k] == at) {
          return k;
        }
      }
      return -1;
    }

    @Override
    public void close() {
      Libc.close(fd);
      s.release();
    }
  }
}
