package dev.claudemigrate.nativefs;

import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The last call's {@code errno} as the exception the JDK throws for it (UnixException). */
final class Errors {
  private Errors() {}

  static int last() {
    return Native.getLastError();
  }

  static IOException of(int errno, String file) {
    return switch (errno) {
      case Libc.EACCES, Libc.EPERM -> new AccessDeniedException(file);
      case Libc.ENOENT -> new NoSuchFileException(file);
      case Libc.ELOOP ->
          new FileSystemException(
              file,
              null,
              Libc.strerror(errno) + " or unable to access attributes of symbolic link");
      default -> new FileSystemException(file, null, Libc.strerror(errno));
    };
  }

  /** For a folder to list: the JDK's {@code newDirectoryStream} names a non-folder so. */
  static IOException ofFolder(int errno, String dir) {
    return errno == Libc.ENOTDIR ? new NotDirectoryException(dir) : of(errno, dir);
  }
}
