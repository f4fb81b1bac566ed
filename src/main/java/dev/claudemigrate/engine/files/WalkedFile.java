package dev.claudemigrate.engine.files;

import dev.claudemigrate.engine.source.Language;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file the walk selected for scanning.
 *
 * <p>Most are never opened again after the walk, so the walk stores the folder's path (shared by
 * its files) and builds the file's own {@link Path} from it and the file's name (the end of {@link
 * #path}) only when asked (docs/adr/0097: fewer objects per file through the young collections).
 * Equal when all four values are, as the record it was.
 */
public final class WalkedFile {
  private final Path folder;

  /** Where the file's name starts in {@link #path}, or -1 when {@link #folder} is the file. */
  private final int nameStart;

  private final String path;
  private final Language language;
  private final long size;

  /**
   * A file at {@code absolutePath}.
   *
   * @param absolutePath where to read it (through a symbolic link, if it was reached through one)
   * @param path path relative to the scan root, with forward slashes
   * @param language its language ({@link Language#TEXT} for other files matched by an include glob)
   * @param size its size in bytes when walked
   */
  public WalkedFile(Path absolutePath, String path, Language language, long size) {
    this(absolutePath, -1, path, language, size);
  }

  /**
   * A file in {@code folder} named by {@code path} from {@code nameStart} on (-1: {@code folder} is
   * the file).
   */
  WalkedFile(Path folder, int nameStart, String path, Language language, long size) {
    this.folder = folder;
    this.nameStart = nameStart;
    this.path = path;
    this.language = language;
    this.size = size;
  }

  /** Where to read it (through a symbolic link, if it was reached through one). */
  public Path absolutePath() {
    return nameStart < 0 ? folder : folder.resolve(path.substring(nameStart));
  }

  /** Its path relative to the scan root, with forward slashes. */
  public String path() {
    return path;
  }

  /** Its language ({@link Language#TEXT} for other files matched by an include glob). */
  public Language language() {
    return language;
  }

  /** Its size in bytes when walked. */
  public long size() {
    return size;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WalkedFile w
        && path.equals(w.path)
        && language == w.language
        && size == w.size
        && absolutePath().equals(w.absolutePath());
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, language, size);
  }

  @Override
  public String toString() {
    return "WalkedFile[" + path + ", " + language + ", " + size + " bytes]";
  }
}
