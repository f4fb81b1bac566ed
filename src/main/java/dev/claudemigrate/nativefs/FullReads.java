package dev.claudemigrate.nativefs;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * Whether a folder lies on a file system whose regular files give every byte a {@code read} asks
 * for up to their end (docs/adr/0107): ext2/3/4, XFS, Btrfs and tmpfs read files through the page
 * cache and come back short only at the end. On those a short read ends the file, and the read that
 * would only return 0 is saved (one system call of four per file). Elsewhere (network and FUSE file
 * systems, 9p, overlays of unknown ones) a short read may be only a part, and files are read on
 * until a read returns 0.
 */
final class FullReads {
  private FullReads() {}

  /** {@code f_type} values of {@code statfs(2)}. */
  static final long EXT = 0xEF53L;

  static final long XFS = 0x58465342L;
  static final long BTRFS = 0x9123683EL;
  static final long TMPFS = 0x01021994L;

  /** The size of {@code struct statfs} on 64-bit Linux (120 bytes), with room to spare. */
  static final int STATFS_BYTES = 256;

  /** Whether short reads end files in folder {@code fd}; {@code buf} holds the answer. */
  static boolean of(int fd, Memory buf) {
    if (Libc.fstatfs(fd, Pointer.nativeValue(buf)) != 0) {
      return false;
    }
    return known(buf.getLong(0)); // f_type: the first field, a long on x86-64 and AArch64
  }

  static boolean known(long type) {
    return type == EXT || type == XFS || type == BTRFS || type == TMPFS;
  }
}
