package dev.claudemigrate.engine.files;

import java.util.List;

/**
 * The outcome of a walk: files to scan and files left out for a reason worth telling (too large, a
 * symbolic link out of the root), both sorted by path.
 */
public record Walk(List<WalkedFile> files, List<Skipped> skipped) {
  public Walk {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  /** A file or link left out, with why, in one line. */
  public record Skipped(String path, String reason) {
    @Override
    public String toString() {
      return path + ": skipped: " + reason;
    }
  }
}
