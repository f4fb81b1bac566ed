package dev.claudemigrate.nativefs;

import com.sun.jna.Memory;

/** The native buffers of one walking thread, kept from folder to folder and file to file. */
final class Scratch {
  /** The longest path given to the system (Linux's PATH_MAX is 4,096 bytes with its NUL). */
  static final int PATH_BYTES = 4096;

  private static final ThreadLocal<Scratch> OF_THREAD = ThreadLocal.withInitial(Scratch::new);

  final Memory path = new Memory(PATH_BYTES);
  final Memory entries = new Memory(32 * 1024);
  final Memory data = new Memory(64 * 1024);

  /** The listing's bytes as copied into Java, grown as needed. */
  byte[] listing = new byte[32 * 1024];

  static Scratch get() {
    return OF_THREAD.get();
  }
}
