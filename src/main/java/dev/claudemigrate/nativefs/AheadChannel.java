package dev.claudemigrate.nativefs;

import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A whole file that its folder's batch already read ({@link Ring}): its bytes in the ring's buffer,
 * handed out as a channel read from the start. Only a file the batch read whole is handed out so.
 */
final class AheadChannel implements SeekableByteChannel {
  private final ByteBuffer from;
  private final int start;
  private final int length;
  private int position;
  private boolean open = true;

  AheadChannel(ByteBuffer from, int start, int length) {
    this.from = from;
    this.start = start;
    this.length = length;
  }

  @Override
  public int read(ByteBuffer dst) throws ClosedChannelException {
    if (!open) {
      throw new ClosedChannelException();
    }
    if (!dst.hasRemaining()) {
      return 0;
    }
    if (position == length) {
      return -1;
    }
    int n = Math.min(dst.remaining(), length - position);
    if (dst.hasArray()) {
      from.get(start + position, dst.array(), dst.arrayOffset() + dst.position(), n);
      dst.position(dst.position() + n);
    } else {
      dst.put(from.slice(start + position, n));
    }
    position += n;
    return n;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) {
    throw new UnsupportedOperationException("read only, from the start");
  }

  @Override
  public long size() {
    return length;
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }
}
