package dev.claudemigrate.engine.files;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;

/**
 * Opens a walked file relative to its open folder (docs/adr/0086). A class rather than a lambda:
 * under the compiler the launcher uses (C1) a capturing lambda is created through a method-handle
 * call that allocates in native code, and the walk makes one opener per file (docs/adr/0101).
 */
final class FolderOpener implements FileSink.Opener {
  private static final Set<StandardOpenOption> READ = Set.of(StandardOpenOption.READ);

  /** Given once: the varargs form allocates an empty array for every file. */
  private static final FileAttribute<?>[] NO_ATTRIBUTES = {};

  private final SecureDirectoryStream<Path> folder;
  private final Path name;

  FolderOpener(SecureDirectoryStream<Path> folder, Path name) {
    this.folder = folder;
    this.name = name;
  }

  @Override
  public SeekableByteChannel open() throws IOException {
    return folder.newByteChannel(name, READ, NO_ATTRIBUTES);
  }
}
