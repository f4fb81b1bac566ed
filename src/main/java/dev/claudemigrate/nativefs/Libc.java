package dev.claudemigrate.nativefs;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * The C library's calls the walk needs, bound by JNA's direct mapping (one native method each, no
 * proxy). Addresses are passed as {@code long}s so that every call takes primitives only.
 */
final class Libc {
  private Libc() {}

  static final boolean ARM = Platform.isARM();
  static final int AT_FDCWD = -100;
  static final int O_DIRECTORY = ARM ? 040000 : 0200000;
  static final int O_NOFOLLOW = ARM ? 0100000 : 0400000;
  static final int O_NONBLOCK = 04000;
  static final int O_CLOEXEC = 02000000;
  static final int SEEK_END = 2;

  /** {@code getdents64}'s number: glibc had no wrapper before 2.30. */
  static final long SYS_GETDENTS64 = ARM ? 61 : 217;

  /** The io_uring calls: the same numbers on x86-64 and AArch64 (added after the tables met). */
  static final long SYS_IO_URING_SETUP = 425;

  static final long SYS_IO_URING_ENTER = 426;
  static final long SYS_IO_URING_REGISTER = 427;

  static final int PROT_READ_WRITE = 3;
  static final int MAP_SHARED_POPULATE = 0x01 | 0x8000;

  static final int EINTR = 4;
  static final int ENOENT = 2;
  static final int EPERM = 1;
  static final int EACCES = 13;
  static final int ENOTDIR = 20;
  static final int ELOOP = 40;

  /**
   * The folders JNA searches for libraries when none are set (its own defaults for this
   * architecture). Set before JNA's first use, they keep JNA from asking {@code ldconfig -p} for
   * more: a child process on every run (10-20 ms, more on a busy machine) for folders a C library
   * loaded by its soname never needs.
   */
  static String platformPath(String multiArch) {
    return String.join(
        ":",
        "/usr/lib/" + multiArch,
        "/lib/" + multiArch,
        "/usr/lib64",
        "/lib64",
        "/usr/lib",
        "/lib");
  }

  /** Binds the methods below; throws when the library or JNA's own cannot be loaded. */
  static void bind() {
    NativeLibrary c;
    try {
      // glibc by its soname, found by the dynamic loader at once; JNA's search for "c" first
      // tries libc.so (a linker script, where it exists) and then lists whole library folders.
      c = NativeLibrary.getInstance(GLIBC);
    } catch (UnsatisfiedLinkError e) {
      c = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME); // musl and others
    }
    Native.register(Libc.class, c);
  }

  private static final String GLIBC = "libc.so.6";

  static native int openat(int dirfd, long path, int flags);

  static native long read(int fd, long buf, long count);

  static native int close(int fd);

  static native long lseek(int fd, long offset, int whence);

  static native int fstatfs(int fd, long buf);

  static native int faccessat(int dirfd, long path, int mode, int flags);

  static native long syscall(long number, long a, long b, long c);

  /** {@code syscall} with six arguments ({@code io_uring_enter}'s). */
  static native long syscall(long number, long a, long b, long c, long d, long e, long f);

  static native long mmap(long addr, long length, int prot, int flags, int fd, long offset);

  static native int munmap(long addr, long length);

  static native String strerror(int errno);
}
