package dev.claudemigrate.engine.files;

/** Decides from a file's first bytes whether it is text worth scanning. */
public final class FileContents {
  /** How far to look for a NUL byte, as git and ripgrep do. */
  static final int BINARY_PROBE = 8192;

  private FileContents() {}

  /**
   * Whether the bytes look binary: a NUL byte in the first 8 KiB. Text with a UTF-16 byte-order
   * mark has NULs by nature and is not binary.
   */
  public static boolean isBinary(byte[] bytes) {
    if (hasUtf16Bom(bytes)) {
      return false;
    }
    int n = Math.min(bytes.length, BINARY_PROBE);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the bytes start with a UTF-16 byte-order mark (either order). */
  public static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2
        && (((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)
            || ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff));
  }
}
