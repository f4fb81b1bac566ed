package dev.claudemigrate.engine.files;

import dev.claudemigrate.engine.source.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lists the files of a tree to scan, sorted by path. Honours ignore files ({@link IgnoreRules}),
 * skips {@code .git} and vendored or generated folders, and applies include and exclude globs
 * ({@link Globs}). Symbolic links are followed only to places inside the root, after the plain
 * walk, so every real file and folder is visited once under its own path first and a link loop ends
 * at the first folder seen before. One walker per walk: it is not thread-safe.
 */
public final class FileWalker {
  private final WalkOptions options;
  private final int threads;
  private final FileSink sink;

  /** The platform's cheaper listing and opening (docs/adr/0105), or null for the JDK's alone. */
  private final FastFolders fast;

  /** Whether the walk lists its files; a scan that hears each in its sink needs only the count. */
  private final boolean keepFiles;

  private final AtomicInteger fileCount = new AtomicInteger();
  private final Globs globs;
  private final List<WalkedFile> files = Collections.synchronizedList(new ArrayList<>());
  private final List<Walk.Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
  private final List<Walk.Skipped> unreadable = Collections.synchronizedList(new ArrayList<>());
  private final Set<Path> seenDirs = ConcurrentHashMap.newKeySet();

  /**
   * Real files reached through a link. A file of a folder in {@link #seenDirs} was seen under its
   * own path already (the plain walk visits each real folder once), so only these need a record.
   */
  private final Set<Path> seenFiles = ConcurrentHashMap.newKeySet();

  private final Deque<Link> links = new ArrayDeque<>();
  private Path realRoot;

  private FileWalker(
      WalkOptions options, int threads, FileSink sink, boolean keepFiles, FastFolders fast) {
    this.options = options;
    this.threads = Math.max(1, threads);
    this.sink = sink;
    this.fast = fast;
    this.keepFiles = keepFiles;
    this.globs = new Globs(options.includes(), options.excludes());
  }

  /** A folder to walk; {@code enter} tells whether its own ignore files are still to be read. */
  record Folder(Path dir, Path realDir, String rel, IgnoreRules rules, boolean enter) {}

  /** A symbolic link met during the walk, followed after the plain walk. */
  record Link(Path path, String rel, IgnoreRules rules) {}

  /** Given as a set: the varargs form copies the options into a new set for every file. */
  static final Set<StandardOpenOption> READ = Set.of(StandardOpenOption.READ);

  /**
   * Walks {@code root}, a folder or a single file (which is read whatever its type or ignore
   * rules).
   *
   * @throws IOException when the root cannot be read; unreadable folders below it are skipped
   */
  public static Walk walk(Path root, WalkOptions options) throws IOException {
    return walk(root, options, 1, FileSink.NONE);
  }

  /**
   * Walks {@code root} on {@code threads} threads, each taking whole folders, and hands each
   * selected file to {@code sink} on the thread that found it while its folder is open, so that it
   * is read there (in no fixed order; the returned lists are sorted all the same).
   */
  public static Walk walk(Path root, WalkOptions options, int threads, FileSink sink)
      throws IOException {
    return new FileWalker(options, threads, sink, true, null).run(root);
  }

  /**
   * Walks as {@link #walk(Path, WalkOptions, int, FileSink)} but lists no files: the returned
   * walk's {@link Walk#files()} is empty and {@link Walk#fileCount()} says how many {@code sink}
   * heard. A scan keeps what it needs of each file itself, and a list of them all would only be
   * copied through the young collections (docs/adr/0097).
   */
  public static Walk handOver(Path root, WalkOptions options, int threads, FileSink sink)
      throws IOException {
    return handOver(root, options, threads, sink, null);
  }

  /**
   * Walks as {@link #handOver(Path, WalkOptions, int, FileSink)}, listing folders and opening files
   * through {@code fast} where it can (null: the JDK's way alone). The files it opens are not
   * stat'ed: their {@link WalkedFile#size()} is -1, and one found over the size limit while {@code
   * sink} reads it is listed as skipped, as the JDK's walk lists it by its size.
   */
  public static Walk handOver(
      Path root, WalkOptions options, int threads, FileSink sink, FastFolders fast)
      throws IOException {
    return new FileWalker(options, threads, sink, false, fast).run(root);
  }

  private Walk run(Path root) throws IOException {
    realRoot = root.toRealPath();
    if (!Files.isDirectory(realRoot)) {
      Path name = root.getFileName();
      String rel = name == null ? realRoot.getFileName().toString() : name.toString();
      BasicFileAttributes attrs = Files.readAttributes(realRoot, BasicFileAttributes.class);
      if (!attrs.isRegularFile()) {
        // Opening a FIFO blocks until a writer comes; a device may never end. Never open them.
        unreadable.add(
            new Walk.Skipped(
                rel, "not scanned: not a regular file (" + EntryFacts.kind(realRoot) + ")"));
      } else if (attrs.size() > options.maxFileSize()) {
        unreadable.add(new Walk.Skipped(rel, "not scanned: " + tooLarge(attrs.size())));
      } else {
        FileSink.Opener open = () -> Files.newByteChannel(root, READ);
        add(rel, EntryFacts.detect(open, rel).orElse(Language.TEXT), attrs.size(), root, -1, open);
      }
      return new Walk(files, skipped, unreadable, fileCount.get());
    }
    IgnoreRules rules =
        options.useIgnoreFiles() ? IgnoreRules.forRoot(realRoot) : IgnoreRules.none();
    seenDirs.add(realRoot);
    walkFrom(new Folder(root, realRoot, "", rules, false));
    while (!links.isEmpty()) {
      follow(links.poll());
    }
    files.sort(Comparator.comparing(WalkedFile::path));
    skipped.sort(Comparator.comparing(Walk.Skipped::path));
    unreadable.sort(Comparator.comparing(Walk.Skipped::path));
    return new Walk(files, skipped, unreadable, fileCount.get());
  }

  /**
   * Walks the tree below {@code start}; the links met are queued in {@link #WALK_ORDER}, as a
   * one-thread depth-first walk would meet them, so that which link to a place is followed first
   * does not depend on the threads.
   */
  private void walkFrom(Folder start) throws IOException {
    List<Link> met = Collections.synchronizedList(new ArrayList<>());
    FolderTasks.run(start, threads, f -> walkDir(f, met));
    met.sort(EntryFacts.WALK_ORDER);
    links.addAll(met);
  }

  /**
   * Lists one folder, hands its files to the sink and returns its subfolders to walk: through
   * {@link #fast} where it can list the folder ({@link FastListing}), else the JDK's way ({@link
   * JdkListing}).
   */
  private List<Folder> walkDir(Folder folder, List<Link> met) throws IOException {
    if (fast != null) {
      List<Folder> below = FastListing.walkDir(this, fast, folder, met);
      if (below != null) {
        return below;
      }
    }
    return JdkListing.walkDir(this, folder, met);
  }

  /**
   * The ignore rules for the entries of {@code folder}, its own ignore files read if it has any.
   */
  IgnoreRules rulesOf(Folder folder, boolean ignoreFile) throws IOException {
    return folder.enter() && ignoreFile && options.useIgnoreFiles()
        ? folder.rules().enter(folder.dir(), folder.rel())
        : folder.rules();
  }

  /** The largest file the walk reads, in bytes. */
  long maxFileSize() {
    return options.maxFileSize();
  }

  /** Lists {@code rel} as unreadable for {@code e}. */
  void unreadable(String rel, Exception e) {
    unreadable.add(new Walk.Skipped(rel, "cannot read: " + EntryFacts.reason(e)));
  }

  /** Lists {@code folder} as a folder that could not be listed, for {@code e}. */
  void cannotList(Folder folder, Exception e) {
    String rel = folder.rel().isEmpty() ? "." : folder.rel();
    unreadable.add(new Walk.Skipped(rel, "cannot read the folder: " + EntryFacts.reason(e)));
  }

  /** Queues a link, takes a folder to walk or considers a regular file; ignores anything else. */
  void place(
      Folder folder,
      IgnoreRules rules,
      String name,
      String rel,
      FastFolders.Kind kind,
      long size,
      FileSink.Opener opener,
      List<Link> met,
      List<Folder> below) {
    if (kind == FastFolders.Kind.LINK) {
      met.add(new Link(folder.dir().resolve(name), rel, rules));
    } else if (kind == FastFolders.Kind.DIRECTORY) {
      Path realChild = folder.realDir().resolve(name);
      if (acceptDir(name, rel, rules) && seenDirs.add(realChild)) {
        below.add(new Folder(folder.dir().resolve(name), realChild, rel, rules, true));
      }
    } else if (kind == FastFolders.Kind.FILE
        && (seenFiles.isEmpty() || !seenFiles.contains(folder.realDir().resolve(name)))) {
      consider(folder.dir(), rel.length() - name.length(), rel, size, rules, opener);
    }
  }

  /** Follows a link whose target lies inside the root and was not visited under its own path. */
  private void follow(Link link) throws IOException {
    Path real;
    try {
      real = link.path().toRealPath();
    } catch (IOException e) {
      return; // a dangling link is not a file
    }
    if (!real.startsWith(realRoot)) {
      skipped.add(new Walk.Skipped(link.rel(), "symbolic link leads out of the scanned folder"));
      return;
    }
    String name = link.path().getFileName().toString();
    if (Files.isDirectory(real)) {
      if (acceptDir(name, link.rel(), link.rules()) && seenDirs.add(real)) {
        walkFrom(new Folder(link.path(), real, link.rel(), link.rules(), true));
      }
    } else if (Files.isRegularFile(real)
        && !seenDirs.contains(real.getParent())
        && seenFiles.add(real)) {
      consider(
          link.path(),
          -1,
          link.rel(),
          Files.size(real),
          link.rules(),
          () -> Files.newByteChannel(link.path(), READ));
    }
  }

  private boolean acceptDir(String name, String rel, IgnoreRules rules) {
    if (options.defaultExcludes() && ExcludedDirs.DEFAULT.contains(name)) {
      return false;
    }
    return !rules.isIgnored(rel, true) && !globs.excluded(rel, true);
  }

  /**
   * Takes the file in folder {@code dir} named by {@code rel} from {@code nameStart} on ({@code
   * dir} itself when -1) unless ignore rules or globs leave it out.
   */
  private void consider(
      Path dir, int nameStart, String rel, long size, IgnoreRules rules, FileSink.Opener open) {
    if (rules.isIgnored(rel, false) || globs.excluded(rel, false)) {
      return;
    }
    Optional<Language> lang = EntryFacts.detect(open, rel);
    if (globs.hasIncludes()) {
      if (globs.included(rel)) {
        add(rel, lang.orElse(Language.TEXT), size, dir, nameStart, open);
      }
    } else if (lang.isPresent()) {
      add(rel, lang.get(), size, dir, nameStart, open);
    }
  }

  private String tooLarge(long size) {
    return String.format(
        Locale.ROOT,
        "larger than %d MiB (%.1f MiB); see --max-file-size",
        options.maxFileSize() >> 20,
        size / 1048576.0);
  }

  private void add(
      String rel, Language lang, long size, Path dir, int nameStart, FileSink.Opener open) {
    if (size > options.maxFileSize()) {
      skipped.add(new Walk.Skipped(rel, tooLarge(size)));
    } else {
      WalkedFile walked = new WalkedFile(dir, nameStart, rel, lang, size);
      try {
        sink.accept(walked, open);
      } catch (FileSink.TooLarge e) {
        skipped.add(new Walk.Skipped(rel, tooLarge(e.size())));
        return;
      }
      if (keepFiles) {
        files.add(walked);
      }
      fileCount.incrementAndGet();
    }
  }
}
