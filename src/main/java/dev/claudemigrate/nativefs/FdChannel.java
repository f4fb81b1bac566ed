package dev.claudemigrate.nativefs;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.claudemigrate.engine.files.FileSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A regular file opened relative to its folder, read through the walking thread's native buffer and
 * copied once into the caller's array. Reads only: no size, no position. Past the walk's limit a
 * read throws {@link FileSink.TooLarge} with the file's size (one {@code lseek}), so the walk never
 * needs a {@code stat} (docs/adr/0105).
 */
final class FdChannel implements SeekableByteChannel {
  private final Scratch scratch;
  private final int fd;
  private final long limit;
  private long total;
  private boolean open = true;

  private FdChannel(Scratch scratch, int fd, long limit) {
    this.scratch = scratch;
    this.fd = fd;
    this.limit = limit;
  }

  /**
   * Opens the name at {@code from} in {@code names} (NUL-terminated) in folder {@code dirfd}: not
   * through a link, and without blocking should it have been swapped for a FIFO.
   */
  static FdChannel open(int dirfd, byte[] names, int from, String name, long limit)
      throws IOException {
    Scratch s = Scratch.get();
    int end = from;
    while (names[end] != 0) {
      end++;
    }
    s.path.write(0, names, from, end - from + 1);
    int flags = Libc.O_NOFOLLOW | Libc.O_NONBLOCK | Libc.O_CLOEXEC;
    int fd;
    do {
      fd = Libc.openat(dirfd, Pointer.nativeValue(s.path), flags);
    } while (fd < 0 && Errors.last() == Libc.EINTR);
    if (fd < 0) {
      throw Errors.of(Errors.last(), name);
    }
    return new FdChannel(s, fd, limit);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!dst.hasRemaining()) {
      return 0;
    }
    Memory data = scratch.data;
    int want = (int) Math.min(dst.remaining(), data.size());
    long r;
    do {
      r = Libc.read(fd, Pointer.nativeValue(data), want);
    } while (r < 0 && Errors.last() == Libc.EINTR);
    if (r < 0) {
      throw Errors.of(Errors.last(), "read");
    }
    if (r == 0) {
      return -1;
    }
    total += r;
    if (total > limit) {
      throw new FileSink.TooLarge(Math.max(total, Libc.lseek(fd, 0, Libc.SEEK_END)));
    }
    if (dst.hasArray()) {
      data.read(0, dst.array(), dst.arrayOffset() + dst.position(), (int) r);
      dst.position(dst.position() + (int) r);
    } else {
      dst.put(data.getByteArray(0, (int) r));
    }
    return (int) r;
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
