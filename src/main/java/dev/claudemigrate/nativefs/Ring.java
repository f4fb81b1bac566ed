package dev.claudemigrate.nativefs;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One walk thread's io_uring (docs/adr/0127): reads a batch of a folder's files with two system
 * calls, where the walk made three a file ({@code openat}, {@code read}, {@code close}). For each
 * file it queues an {@code OPENAT} into a direct descriptor (a slot of the ring's own table, never
 * one of the process's descriptors); then, for the files opened, a {@code READ} of up to {@link
 * Scratch#DATA_BYTES} into the file's own buffer and a {@code CLOSE} of the slot. What a file's
 * read returned is then its result: its length, or minus the error. The caller decides what to
 * trust (a read that filled the buffer, or failed, is done again the walk's usual way).
 */
final class Ring {
  /** Files a batch reads: two system calls for this many. */
  static final int BATCH = 32;

  private static final int OP_OPENAT = 18;
  private static final int OP_CLOSE = 19;
  private static final int OP_READ = 22;
  private static final int FIXED_FILE = 1;

  /** Links the close to the read even when the read comes back short (a plain link would not). */
  private static final int IO_HARDLINK = 8;

  private static final int ENTER_GETEVENTS = 1;
  private static final int REGISTER_FILES2 = 13;
  private static final int RSRC_REGISTER_SPARSE = 1;
  private static final long OFF_SQES = 0x10000000L;

  /**
   * A read's completion carries its slot + 1, an open's {@link #OPENED} + slot, a close's {@link
   * #CLOSED} + slot.
   */
  private static final long OPENED = 1000;

  private static final long CLOSED = 2000;

  private static final VarHandle INT =
      MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());

  private static final Cleaner CLEANER = Cleaner.create();

  private final int fd;
  private final ByteBuffer rings;
  private final ByteBuffer sqes;
  private final int sqTail;
  private final int sqMask;
  private final int sqArray;
  private final int cqHead;
  private final int cqTail;
  private final int cqMask;
  private final int cqes;
  private final Memory data = new Memory((long) Scratch.DATA_BYTES * BATCH);

  /** The read buffers of the batch's files, one after the other. */
  final ByteBuffer dataView = data.getByteBuffer(0, data.size());

  private final long dataAddress = Pointer.nativeValue(data);
  private final int[] results = new int[BATCH];

  /**
   * Set when a call failed or the kernel took fewer requests than were queued: what is left in the
   * queues would mix with the next batch's, so the ring is not used again (the usual way reads).
   */
  private boolean broken;

  private Ring(int fd, ByteBuffer rings, ByteBuffer sqes, Memory params) {
    this.fd = fd;
    this.rings = rings;
    this.sqes = sqes;
    this.sqTail = params.getInt(44);
    this.sqMask = rings.getInt(params.getInt(48));
    this.sqArray = params.getInt(64);
    this.cqHead = params.getInt(80);
    this.cqTail = params.getInt(84);
    this.cqMask = rings.getInt(params.getInt(88));
    this.cqes = params.getInt(100);
  }

  /**
   * A ring with its table of direct descriptors, or null where the kernel or a sandbox has none
   * (before Linux 5.19, {@code kernel.io_uring_disabled}, a seccomp filter).
   */
  static Ring create(Object owner) {
    Memory params = new Memory(120);
    params.clear();
    long fd = Libc.syscall(Libc.SYS_IO_URING_SETUP, 4L * BATCH * 3, Pointer.nativeValue(params), 0);
    if (fd < 0) {
      return null;
    }
    int sqEntries = params.getInt(0);
    int cqEntries = params.getInt(4);
    int features = params.getInt(20);
    long ringSize =
        Math.max(params.getInt(64) + 4L * sqEntries, params.getInt(100) + 16L * cqEntries);
    long sqeSize = 64L * sqEntries;
    long rings = (features & 1) == 0 ? -1 : map(fd, ringSize, 0); // IORING_FEAT_SINGLE_MMAP
    long sqes = rings == -1 ? -1 : map(fd, sqeSize, OFF_SQES);
    Memory table = new Memory(32);
    table.clear();
    table.setInt(0, BATCH);
    table.setInt(4, RSRC_REGISTER_SPARSE);
    if (sqes == -1
        || Libc.syscall(
                Libc.SYS_IO_URING_REGISTER,
                fd,
                REGISTER_FILES2,
                Pointer.nativeValue(table),
                32,
                0,
                0)
            < 0) {
      release((int) fd, rings, ringSize, sqes, sqeSize);
      return null;
    }
    Ring ring =
        new Ring(
            (int) fd,
            new Pointer(rings).getByteBuffer(0, ringSize).order(ByteOrder.nativeOrder()),
            new Pointer(sqes).getByteBuffer(0, sqeSize).order(ByteOrder.nativeOrder()),
            params);
    long r = rings;
    long s = sqes;
    CLEANER.register(owner, () -> release((int) fd, r, ringSize, s, sqeSize));
    return ring;
  }

  private static long map(long fd, long size, long offset) {
    long at = Libc.mmap(0, size, Libc.PROT_READ_WRITE, Libc.MAP_SHARED_POPULATE, (int) fd, offset);
    return at == -1 || at == 0 ? -1 : at;
  }

  private static void release(int fd, long rings, long ringSize, long sqes, long sqeSize) {
    if (sqes != -1) {
      Libc.munmap(sqes, sqeSize);
    }
    if (rings != -1) {
      Libc.munmap(rings, ringSize);
    }
    Libc.close(fd);
  }

  /**
   * Reads the files whose NUL-terminated names are at native addresses {@code names[0..count)} in
   * folder {@code dirfd} (opened not through a link, without blocking), each into its buffer;
   * {@link #result} then tells what each read returned. Two calls: the opens, then for the files
   * opened a read and a close each, the close hard-linked to the read (it runs however the read
   * ends). Nothing is linked to an open: a failed open would cancel what follows it, and the kernel
   * need not report each cancelled request, so every request here reports on its own.
   *
   * @return false when the kernel refused a call (nothing of the batch can be trusted)
   */
  boolean read(int dirfd, long[] names, int count) {
    if (broken) {
      return false;
    }
    int flags = Libc.O_NOFOLLOW | Libc.O_NONBLOCK; // O_CLOEXEC is refused with a direct descriptor
    int tail = (int) INT.getAcquire(rings, sqTail);
    for (int k = 0; k < count; k++) {
      results[k] = Integer.MIN_VALUE;
      queue(tail++, OP_OPENAT, 0, dirfd, names[k], 0, flags, OPENED + k, k + 1);
    }
    if (!submit(tail, count)) {
      return false;
    }
    int opened = 0;
    tail = (int) INT.getAcquire(rings, sqTail);
    for (int k = 0; k < count; k++) {
      if (results[k] == 0) { // opened: read it, then close its slot
        long buffer = dataAddress + (long) Scratch.DATA_BYTES * k;
        queue(
            tail++, OP_READ, FIXED_FILE | IO_HARDLINK, k, buffer, Scratch.DATA_BYTES, 0, k + 1, 0);
        queue(tail++, OP_CLOSE, 0, 0, 0, 0, 0, CLOSED + k, k + 1);
        opened++;
      }
    }
    return opened == 0 || submit(tail, 2 * opened);
  }

  /**
   * Hands the queue up to {@code tail} to the kernel and waits for {@code expected} completions,
   * recording each open's and read's result (a close's is not needed).
   */
  private boolean submit(int tail, int expected) {
    int queued = tail - (int) INT.getAcquire(rings, sqTail);
    INT.setRelease(rings, sqTail, tail);
    long done;
    do {
      done = Libc.syscall(Libc.SYS_IO_URING_ENTER, fd, queued, expected, ENTER_GETEVENTS, 0, 0);
    } while (done < 0 && Errors.last() == Libc.EINTR);
    if (done < queued) {
      broken = true; // requests left in the queue would go with the next batch's
      return false;
    }
    int seen = 0;
    while (seen < expected) {
      int head = (int) INT.getAcquire(rings, cqHead);
      int end = (int) INT.getAcquire(rings, cqTail);
      if (head == end) {
        if (Libc.syscall(Libc.SYS_IO_URING_ENTER, fd, 0, 1, ENTER_GETEVENTS, 0, 0) < 0
            && Errors.last() != Libc.EINTR) {
          broken = true; // completions still to come would be taken for the next batch's
          return false;
        }
        continue;
      }
      for (; head != end; head++) {
        int at = cqes + 16 * (head & cqMask);
        long user = rings.getLong(at);
        int res = rings.getInt(at + 8);
        if (user >= OPENED && user < OPENED + BATCH) {
          results[(int) (user - OPENED)] = res < 0 ? res : 0;
        } else if (user >= 1 && user <= BATCH) {
          results[(int) user - 1] = res;
        }
        seen++;
      }
      INT.setRelease(rings, cqHead, head);
    }
    return true;
  }

  /** What the read of file {@code k} of the last batch returned: bytes, or minus the error. */
  int result(int k) {
    return results[k];
  }

  /** Where file {@code k}'s bytes start in {@link #dataView}. */
  static int offset(int k) {
    return Scratch.DATA_BYTES * k;
  }

  private void queue(
      int tail, int op, int flags, int fd, long addr, int len, int opFlags, long user, int slot) {
    int index = tail & sqMask;
    int at = index * 64;
    sqes.putLong(at, (op & 0xff) | (flags & 0xff) << 8 | (fd & 0xffffffffL) << 32);
    sqes.putLong(at + 8, 0); // file offset
    sqes.putLong(at + 16, addr);
    sqes.putInt(at + 24, len);
    sqes.putInt(at + 28, opFlags);
    sqes.putLong(at + 32, user);
    sqes.putInt(at + 40, 0); // buffer index, personality
    sqes.putInt(at + 44, slot); // a direct descriptor's slot + 1 (0: none)
    sqes.putLong(at + 48, 0);
    sqes.putLong(at + 56, 0);
    rings.putInt(sqArray + 4 * index, index);
  }
}
