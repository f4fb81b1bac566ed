package dev.claudemigrate.engine.files;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

/**
 * Hears each file a walk selects, on the thread that walks its folder, while that folder is open:
 * reading the file there opens it relative to the open folder (one path step instead of the whole
 * path from the root, docs/adr/0086). With several walk threads, calls come from all of them.
 */
@FunctionalInterface
public interface FileSink {
  /** Hears nothing. */
  FileSink NONE = (file, open) -> {};

  /**
   * {@code open} opens {@code file} for reading; it may be used during this call only. A {@link
   * TooLarge} thrown by its reads is to be let through: the walk then lists the file as skipped.
   */
  void accept(WalkedFile file, Opener open);

  /** Opens one walked file for reading. */
  @FunctionalInterface
  interface Opener {
    SeekableByteChannel open() throws IOException;
  }

  /**
   * A file found larger than the walk's limit while it was read (a walk that does not stat its
   * files learns their size so, docs/adr/0105).
   */
  final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long size;

    public TooLarge(long size) {
      super("larger than the limit: " + size + " bytes", null, false, false);
      this.size = size;
    }

    /** The file's size in bytes. */
    public long size() {
      return size;
    }
  }
}
