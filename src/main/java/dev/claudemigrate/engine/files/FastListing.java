package dev.claudemigrate.engine.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One folder of a {@link FileWalker} walk listed through a platform's {@link FastFolders}
 * (docs/adr/0105): each entry's kind from the listing, files opened relative to the open folder and
 * not stat'ed (their size is -1). Every decision stays with the walker.
 */
final class FastListing {
  private FastListing() {}

  /**
   * Lists {@code folder} through {@code fast}, hands its entries to {@code walker} and returns the
   * folders below; null when the folder is to be walked the JDK's way (the listing says so, or
   * fails unexpectedly).
   */
  static List<FileWalker.Folder> walkDir(
      FileWalker walker, FastFolders fast, FileWalker.Folder folder, List<FileWalker.Link> met)
      throws IOException {
    FastFolders.Listing listing;
    try {
      listing = fast.open(folder.dir());
    } catch (IOException e) {
      walker.cannotList(folder, e);
      return List.of();
    }
    try (listing) {
      Optional<List<FastFolders.Entry>> entries;
      try {
        entries = listing.entries();
      } catch (IOException e) {
        walker.cannotList(folder, e);
        return List.of();
      } catch (RuntimeException e) {
        // The fast listing is an optimisation of the JDK's: a defect in it must not cost the
        // folder and everything below it (a non-ASCII name once did), so the JDK lists it.
        return null;
      }
      if (entries.isEmpty()) {
        return null;
      }
      boolean ignoreFile = false;
      for (FastFolders.Entry e : entries.get()) {
        ignoreFile |= e.name().equals(".gitignore") || e.name().equals(".ignore");
      }
      IgnoreRules rules = walker.rulesOf(folder, ignoreFile);
      List<FileWalker.Folder> below = new ArrayList<>();
      long limit = walker.maxFileSize();
      // String.concat makes the path in one copy; "+" builds it in a StringBuilder that grows
      // twice, for every one of a tree's files (young-generation garbage).
      String prefix = folder.rel().isEmpty() ? "" : folder.rel().concat("/");
      for (FastFolders.Entry e : entries.get()) {
        String name = e.name();
        if (!name.equals(".git")) {
          String rel = prefix.isEmpty() ? name : prefix.concat(name);
          FileSink.Opener opener =
              e.kind() == FastFolders.Kind.FILE ? listing.opener(e, limit) : null;
          walker.place(folder, rules, name, rel, e.kind(), -1, opener, met, below);
        }
      }
      return below;
    }
  }
}
