package dev.claudemigrate.engine.files;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * One folder of a {@link FileWalker} walk listed the JDK's way: a directory stream, one stat per
 * entry (relative to the open folder where the platform allows it) and a channel per file. The
 * walk's only way where no {@link FastFolders} is given, and the fallback for folders it cannot
 * list exactly.
 */
final class JdkListing {
  /** One array for every entry's attributes, not a new varargs array each time. */
  private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

  private JdkListing() {}

  /** Lists {@code folder}, hands its entries to {@code walker} and returns the folders below. */
  static List<FileWalker.Folder> walkDir(
      FileWalker walker, FileWalker.Folder folder, List<FileWalker.Link> met) throws IOException {
    DirectoryStream<Path> stream;
    try {
      stream = Files.newDirectoryStream(folder.dir());
    } catch (IOException e) {
      walker.cannotList(folder, e);
      return List.of();
    }
    try (stream) {
      // Names only: the full path the listing builds for each entry is needed for few of them.
      List<Path> names = new ArrayList<>();
      boolean ignoreFile = false;
      try {
        for (Path p : stream) {
          Path fileName = p.getFileName();
          names.add(fileName);
          String name = fileName.toString();
          ignoreFile |= name.equals(".gitignore") || name.equals(".ignore");
        }
      } catch (DirectoryIteratorException e) {
        walker.cannotList(folder, e);
        return List.of();
      }
      IgnoreRules rules = walker.rulesOf(folder, ignoreFile);
      // Relative to the open folder where the platform allows it (Linux and macOS do): each stat
      // and open then resolves one name, not every folder from the root down again.
      SecureDirectoryStream<Path> open = stream instanceof SecureDirectoryStream<Path> s ? s : null;
      List<FileWalker.Folder> below = new ArrayList<>();
      for (Path fileName : names) {
        entry(walker, folder, rules, fileName, open, met, below);
      }
      return below;
    }
  }

  private static void entry(
      FileWalker walker,
      FileWalker.Folder folder,
      IgnoreRules rules,
      Path fileName,
      SecureDirectoryStream<Path> open,
      List<FileWalker.Link> met,
      List<FileWalker.Folder> below) {
    String name = fileName.toString();
    if (name.equals(".git")) {
      return;
    }
    String rel = folder.rel().isEmpty() ? name : folder.rel() + "/" + name;
    BasicFileAttributes attrs;
    try {
      attrs =
          open == null
              ? Files.readAttributes(
                  folder.dir().resolve(fileName), BasicFileAttributes.class, NOFOLLOW)
              : open.getFileAttributeView(fileName, BasicFileAttributeView.class, NOFOLLOW)
                  .readAttributes();
    } catch (NoSuchFileException e) {
      return; // removed while walking
    } catch (IOException e) {
      // A folder that can be listed but not entered, or a path past the system's limit.
      walker.unreadable(rel, e);
      return;
    }
    FastFolders.Kind kind =
        attrs.isSymbolicLink()
            ? FastFolders.Kind.LINK
            : attrs.isDirectory()
                ? FastFolders.Kind.DIRECTORY
                : attrs.isRegularFile() ? FastFolders.Kind.FILE : FastFolders.Kind.OTHER;
    FileSink.Opener opener =
        kind != FastFolders.Kind.FILE
            ? null
            : open == null
                ? () -> Files.newByteChannel(folder.dir().resolve(fileName), FileWalker.READ)
                : () -> open.newByteChannel(fileName, FileWalker.READ);
    walker.place(folder, rules, name, rel, kind, attrs.size(), opener, met, below);
  }
}
