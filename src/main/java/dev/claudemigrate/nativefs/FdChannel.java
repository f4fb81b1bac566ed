package dev.claudemigrate.nativefs;

import dev.claudemigrate.engine.files.FileSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A regular file opened relative to its folder, read through the walking thread's native buffer and
 * copied once into the caller's buffer. Reads only: no size, no position. Past the walk's limit a
 * read throws {@link FileSink.TooLarge} with the file's size (one {@code lseek}), so the walk never
 * needs a {@code stat} (docs/adr/0105). One channel per walking thread, reopened file after file
 * (docs/adr/0107).
 */
final class FdChannel implements SeekableByteChannel {
  private final Scratch scratch;
  private int fd;
  private long limit;
  private long total;
  private boolean open;

  /** Whether a read that came back short ends the file (see {@link #open}). */
  private boolean shortEnds;

  /** Whether the file was read to its end: later reads return -1 without a system call. */
  private boolean ended;

  private FdChannel(Scratch scratch) {
    this.scratch = scratch;
  }

  /**
   * Opens the NUL-terminated name at native address {@code name} in folder {@code dirfd}: not
   * through a link, and without blocking should it have been swapped for a FIFO. With {@code
   * shortEnds} (a file system whose regular files give every byte asked for up to their end), a
   * read that returns fewer bytes than asked ends the file, and the read that would only return 0
   * is not made.
   */
  static FdChannel open(
      Scratch s, int dirfd, long name, String shown, long limit, boolean shortEnds)
      throws IOException {
    int flags = Libc.O_NOFOLLOW | Libc.O_NONBLOCK | Libc.O_CLOEXEC;
    int fd;
    do {
      fd = Libc.openat(dirfd, name, flags);
    } while (fd < 0 && Errors.last() == Libc.EINTR);
    if (fd < 0) {
      throw Errors.of(Errors.last(), shown);
    }
    FdChannel ch = s.channel;
    if (ch == null || ch.open) {
      ch = new FdChannel(s); // the first, or one still open (a caller reading two at once)
      s.channel = s.channel == null ? ch : s.channel;
    }
    ch.fd = fd;
    ch.limit = limit;
    ch.total = 0;
    ch.open = true;
    ch.shortEnds = shortEnds;
    ch.ended = false;
    return ch;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!open) {
      throw new ClosedChannelException();
    }
    if (!dst.hasRemaining()) {
      return 0;
    }
    if (ended) {
      return -1;
    }
    int want = Math.min(dst.remaining(), Scratch.DATA_BYTES);
    long r;
    do {
      r = Libc.read(fd, scratch.dataAddress, want);
    } while (r < 0 && Errors.last() == Libc.EINTR);
    if (r < 0) {
      throw Errors.of(Errors.last(), "read");
    }
    if (r == 0) {
      ended = true;
      return -1;
    }
    total += r;
    if (total > limit) {
      throw new FileSink.TooLarge(Math.max(total, Libc.lseek(fd, 0, Libc.SEEK_END)));
    }
    int n = (int) r;
    if (dst.hasArray()) {
      scratch.dataView.get(0, dst.array(), dst.arrayOffset() + dst.position(), n);
      dst.position(dst.position() + n);
    } else {
      dst.put(scratch.dataView.slice(0, n));
    }
    ended = shortEnds && n < want;
    return n;
  }

  @Override
  public void close() {
    if (open) {
      open = false;
      Libc.close(fd);
    }
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() {
    return total;
  }

  @Override
  public SeekableByteChannel position(long newPosition) {
    throw new UnsupportedOperationException("read only, from the start");
  }

  @Override
  public long size() {
    throw new UnsupportedOperationException("not measured: read to the end");
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }
}
