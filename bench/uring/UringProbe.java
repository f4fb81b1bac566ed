import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The C measurement of walkbench.c done from Java 17 under the launcher's C1 compiler: every file
 * of a tree read on one thread, (a) with openat/read/close a file through JNA's direct mapping, as
 * the native walk does, (b) with io_uring, one {@code io_uring_enter} for a batch of files (linked
 * OPENAT into a direct descriptor, READ, CLOSE), the rings as direct buffers over the mapped
 * memory. Each read is copied into a Java array, as the walk copies it. A measurement only (x86-64
 * Linux 5.19+); it prints the thread's CPU time of each way, round after round.
 *
 * <p>usage: java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/claude-migrate.jar
 * bench/uring/UringProbe.java TREE [BATCH=32] [ROUNDS=5]
 */
public final class UringProbe {
  static final class C {
    static native int openat(int dirfd, long path, int flags);

    static native long read(int fd, long buf, long count);

    static native int close(int fd);

    static native long syscall(long number, long a, long b, long c, long d, long e, long f);

    static native long mmap(long addr, long length, int prot, int flags, int fd, long offset);
  }

  static final int O_RDONLY = 0, O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000;
  static final int O_NONBLOCK = 04000, O_CLOEXEC = 02000000;
  static final long SETUP = 425, ENTER = 426, REGISTER = 427;
  static final int OP_OPENAT = 18, OP_CLOSE = 19, OP_READ = 22;
  static final int FIXED_FILE = 1, LINK = 4, HARDLINK = 8, SKIP_SUCCESS = 64;
  static final int DATA = 64 * 1024;
  static final VarHandle INT =
      MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());

  record Folder(String dir, List<String> names) {}

  public static void main(String[] args) throws IOException {
    Native.register(C.class, NativeLibrary.getInstance("libc.so.6"));
    Map<String, List<String>> byDir = new LinkedHashMap<>();
    try (Stream<Path> w = Files.walk(Path.of(args[0]))) {
      w.filter(Files::isRegularFile)
          .forEach(
              p ->
                  byDir
                      .computeIfAbsent(p.getParent().toString(), d -> new ArrayList<>())
                      .add(p.getFileName().toString()));
    }
    List<Folder> folders = new ArrayList<>();
    byDir.forEach((d, n) -> folders.add(new Folder(d, n)));
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Ring ring = new Ring(batch);
    byte[] into = new byte[DATA];
    for (int r = 0; r < rounds; r++) {
      long c0 = cpu();
      long a = plain(folders, into);
      long c1 = cpu();
      long b = ring.readAll(folders, into);
      long c2 = cpu();
      System.out.printf(
          "round %d: openat/read/close %.3f s (%d B) | io_uring batch %d %.3f s (%d B)%n",
          r, (c1 - c0) / 1e9, a, batch, (c2 - c1) / 1e9, b);
    }
  }

  static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** A NUL-terminated copy of {@code s} at {@code m}'s start. */
  static long cString(Memory m, long at, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    m.write(at, b, 0, b.length);
    m.setByte(at + b.length, (byte) 0);
    return Pointer.nativeValue(m) + at;
  }

  static long plain(List<Folder> folders, byte[] into) {
    Memory path = new Memory(4096);
    Memory data = new Memory(DATA);
    ByteBuffer view = data.getByteBuffer(0, DATA);
    long bytes = 0;
    for (Folder f : folders) {
      int dfd = C.openat(-100, cString(path, 0, f.dir()), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      for (String name : f.names()) {
        int fd = C.openat(dfd, cString(path, 0, name), O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
          continue;
        }
        long n = C.read(fd, Pointer.nativeValue(data), DATA);
        if (n > 0) {
          view.get(0, into, 0, (int) n);
          bytes += n;
        }
        C.close(fd);
      }
      C.close(dfd);
    }
    return bytes;
  }

  /** One ring: its queues mapped as direct buffers, a name area and a read buffer per slot. */
  static final class Ring {
    final int fd;
    final int batch;
    final ByteBuffer sq;
    final ByteBuffer cq;
    final ByteBuffer sqes;
    final int sqHead, sqTail, sqMask, sqArray, cqHead, cqTail, cqMask, cqes;
    final Memory names;
    final Memory data;
    final ByteBuffer dataView;
    final Memory path = new Memory(4096);

    Ring(int batch) {
      this.batch = batch;
      Memory p = new Memory(120);
      p.clear();
      fd = (int) C.syscall(SETUP, 4L * batch * 3, Pointer.nativeValue(p), 0, 0, 0, 0);
      if (fd < 0) {
        throw new IllegalStateException("io_uring_setup: " + Native.getLastError());
      }
      int sqEntries = p.getInt(0);
      int cqEntries = p.getInt(4);
      sqHead = p.getInt(40);
      sqTail = p.getInt(44);
      sqMask = p.getInt(48);
      sqArray = p.getInt(64);
      cqHead = p.getInt(80);
      cqTail = p.getInt(84);
      cqMask = p.getInt(88);
      cqes = p.getInt(100);
      long sqSize = sqArray + 4L * sqEntries;
      long cqSize = cqes + 16L * cqEntries;
      long ringSize = Math.max(sqSize, cqSize); // IORING_FEAT_SINGLE_MMAP: one mapping for both
      long ringAddr = C.mmap(0, ringSize, 3, 0x01 | 0x8000, fd, 0); // RW, SHARED | POPULATE
      long sqeAddr = C.mmap(0, 64L * sqEntries, 3, 0x01 | 0x8000, fd, 0x10000000L);
      sq = new Pointer(ringAddr).getByteBuffer(0, ringSize).order(ByteOrder.nativeOrder());
      cq = sq;
      sqes = new Pointer(sqeAddr).getByteBuffer(0, 64L * sqEntries).order(ByteOrder.nativeOrder());
      Memory reg = new Memory(32);
      reg.clear();
      reg.setInt(0, batch); // nr
      reg.setInt(4, 1); // IORING_RSRC_REGISTER_SPARSE
      if (C.syscall(REGISTER, fd, 13, Pointer.nativeValue(reg), 32, 0, 0) < 0) {
        throw new IllegalStateException("io_uring_register: " + Native.getLastError());
      }
      names = new Memory(256L * batch);
      data = new Memory((long) DATA * batch);
      dataView = data.getByteBuffer(0, (long) DATA * batch);
    }

    void sqe(
        int tail,
        int op,
        int flags,
        int fd,
        long addr,
        int len,
        int opFlags,
        long user,
        int fileIndex) {
      int at = (tail & sq.getInt(sqMask)) * 64;
      sqes.putLong(at, (op & 0xff) | (flags & 0xff) << 8); // opcode, flags, ioprio 0, fd below
      sqes.putInt(at + 4, fd);
      sqes.putLong(at + 8, 0); // offset
      sqes.putLong(at + 16, addr);
      sqes.putInt(at + 24, len);
      sqes.putInt(at + 28, opFlags);
      sqes.putLong(at + 32, user);
      sqes.putInt(at + 40, 0); // buf_index, personality
      sqes.putInt(at + 44, fileIndex);
      sqes.putLong(at + 48, 0);
      sqes.putLong(at + 56, 0);
      sq.putInt(sqArray + 4 * (tail & sq.getInt(sqMask)), tail & sq.getInt(sqMask));
    }

    long readAll(List<Folder> folders, byte[] into) {
      long bytes = 0;
      long namesAddr = Pointer.nativeValue(names);
      long dataAddr = Pointer.nativeValue(data);
      for (Folder f : folders) {
        int dfd = C.openat(-100, cString(path, 0, f.dir()), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        List<String> n = f.names();
        for (int from = 0; from < n.size(); from += batch) {
          int m = Math.min(batch, n.size() - from);
          int tail = (int) INT.getAcquire(sq, sqTail);
          for (int k = 0; k < m; k++) {
            long name = cString(names, 256L * k, n.get(from + k));
            sqe(
                tail++,
                OP_OPENAT,
                LINK | SKIP_SUCCESS,
                dfd,
                name,
                0,
                O_NOFOLLOW | O_NONBLOCK,
                0,
                k + 1);
            sqe(
                tail++,
                OP_READ,
                FIXED_FILE | HARDLINK,
                k,
                dataAddr + (long) DATA * k,
                DATA,
                0,
                k + 1,
                0);
            sqe(tail++, OP_CLOSE, SKIP_SUCCESS, 0, 0, 0, 0, 1000 + k, k + 1);
          }
          INT.setRelease(sq, sqTail, tail);
          if (C.syscall(ENTER, fd, 3L * m, m, 1, 0, 0) < 0) {
            throw new IllegalStateException("io_uring_enter: " + Native.getLastError());
          }
          int got = 0;
          while (got < m) {
            int head = (int) INT.getAcquire(cq, cqHead);
            int ctail = (int) INT.getAcquire(cq, cqTail);
            if (head == ctail) {
              C.syscall(ENTER, fd, 0, 1, 1, 0, 0);
              continue;
            }
            int mask = cq.getInt(cqMask);
            for (; head != ctail; head++) {
              int at = cqes + 16 * (head & mask);
              long user = cq.getLong(at);
              int res = cq.getInt(at + 8);
              if (user >= 1 && user <= batch) {
                got++;
                if (res > 0) {
                  dataView.get((int) (DATA * (user - 1)), into, 0, res);
                  bytes += res;
                }
              }
            }
            INT.setRelease(cq, cqHead, head);
          }
        }
        C.close(dfd);
      }
      return bytes;
    }
  }
}
