package dev.claudemigrate.engine.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A cheaper way than the JDK's to list a folder and open its files, where a platform offers one
 * (docs/adr/0105): each entry's kind comes with the listing (no stat per entry), and files are
 * opened relative to the open folder and read without the JDK's per-call wrappers. The walker keeps
 * every decision (ignore files, globs, links, reasons); a folder whose listing this cannot give
 * exactly (an entry of unknown kind, a folder that cannot be searched, a name the platform's
 * charset does not give back) is walked the JDK's way instead.
 */
public interface FastFolders {
  /**
   * Opens {@code dir} for listing.
   *
   * @throws IOException as {@link java.nio.file.Files#newDirectoryStream(Path)} would, with the
   *     same exception types
   */
  Listing open(Path dir) throws IOException;

  /** One open folder; its openers may be used until it is closed, on the thread that opened it. */
  interface Listing extends AutoCloseable {
    /**
     * The entries but {@code .} and {@code ..}, in the order listed; empty when the folder must be
     * walked the JDK's way.
     */
    Optional<List<Entry>> entries() throws IOException;

    /**
     * Opens regular file {@code entry} for reading; a read past {@code limit} bytes throws {@link
     * FileSink.TooLarge} with the file's size. Failures to open are the JDK's exception types. The
     * opener may be the same object for every entry: it opens {@code entry} until the next call.
     */
    FileSink.Opener opener(Entry entry, long limit);

    @Override
    void close();
  }

  /** What an entry is, as the listing tells it (a link is not followed). */
  enum Kind {
    FILE,
    DIRECTORY,
    LINK,
    OTHER
  }

  /**
   * One entry of a listing.
   *
   * @param name its name
   * @param kind its kind
   * @param ref where its listing keeps it (for {@link Listing#opener})
   */
  record Entry(String name, Kind kind, int ref) {}
}
