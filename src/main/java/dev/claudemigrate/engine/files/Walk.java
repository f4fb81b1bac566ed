package dev.claudemigrate.engine.files;

import java.util.List;

/**
 * The outcome of a walk: files to scan, files left out for a reason worth telling (too large, a
 * symbolic link out of the root), and paths that could not be read at all (a folder that cannot be
 * listed or entered, a path too long, a named file that is not a regular file), all sorted by path.
 * The last make a scan incomplete. {@code fileCount} is how many files were selected: the size of
 * {@code files}, unless the walk handed them over without listing them ({@link
 * FileWalker#handOver}).
 */
public record Walk(
    List<WalkedFile> files, List<Skipped> skipped, List<Skipped> unreadable, int fileCount) {
  public Walk {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
    unreadable = List.copyOf(unreadable);
  }

  public Walk(List<WalkedFile> files, List<Skipped> skipped, List<Skipped> unreadable) {
    this(files, skipped, unreadable, files.size());
  }

  public Walk(List<WalkedFile> files, List<Skipped> skipped) {
    this(files, skipped, List.of());
  }

  /** A file or link left out, with why, in one line. */
  public record Skipped(String path, String reason) {
    @Override
    public String toString() {
      return path + ": skipped: " + reason;
    }
  }
}
