package dev.claudemigrate.nativefs;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;

/**
 * The native buffers of one walking thread, kept from folder to folder and file to file, and the
 * one channel its files are read through (docs/adr/0107). One listing at a time owns them: a
 * listing opened while another is open on the same thread gets buffers of its own.
 */
final class Scratch {
  /** The longest path given to the system (Linux's PATH_MAX is 4,096 bytes with its NUL). */
  static final int PATH_BYTES = 4096;

  /** The bytes one {@code read} asks for. */
  static final int DATA_BYTES = 64 * 1024;

  /** Room {@code getdents64} is given at least (an entry takes at most about 280 bytes). */
  private static final int ENTRIES_ROOM = 8 * 1024;

  private static final ThreadLocal<Scratch> OF_THREAD = ThreadLocal.withInitial(Scratch::new);

  final Memory path = new Memory(PATH_BYTES);

  /** A folder's whole listing as {@code getdents64} wrote it: openat takes names from here. */
  Memory entries = new Memory(32 * 1024);

  final Memory data = new Memory(DATA_BYTES);

  /** {@link #data} as a buffer, so that a read is copied into Java without a JNI call. */
  final ByteBuffer dataView = data.getByteBuffer(0, DATA_BYTES);

  final long dataAddress = Pointer.nativeValue(data);

  /** The listing's bytes as copied into Java, grown as needed. */
  byte[] listing = new byte[32 * 1024];

  /** The channel files are read through, reopened for each file when the last one is closed. */
  FdChannel channel;

  /** Whether an open listing uses these buffers. */
  boolean busy;

  private Ring ring;
  private boolean ringTried;

  /** The thread's io_uring, made on first use; null where the system has none. */
  Ring ring() {
    if (!ringTried) {
      ringTried = true;
      ring = Ring.create(this);
    }
    return ring;
  }

  /** The thread's buffers, or new ones when an open listing of this thread holds them. */
  static Scratch take() {
    Scratch s = OF_THREAD.get();
    if (s.busy) {
      s = new Scratch();
    }
    s.busy = true;
    return s;
  }

  /** Gives the buffers back to their thread. */
  void release() {
    busy = false;
  }

  /** The address at which {@code getdents64} may write from {@code length} on, grown as needed. */
  long entriesRoom(int length) {
    if (entries.size() - length < ENTRIES_ROOM) {
      Memory bigger = new Memory(2 * entries.size());
      bigger.write(0, entries.getByteArray(0, length), 0, length);
      entries = bigger;
    }
    return Pointer.nativeValue(entries) + length;
  }
}
