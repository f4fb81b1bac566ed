package dev.claudemigrate.engine.files;

import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.Languages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
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
  /** How much of a file without extension is read to find its {@code #!} line. */
  private static final int SHEBANG_BYTES = 128;

  private final WalkOptions options;
  private final int threads;
  private final FileSink sink;

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

  private FileWalker(WalkOptions options, int threads, FileSink sink, boolean keepFiles) {
    this.options = options;
    this.threads = Math.max(1, threads);
    this.sink = sink;
    this.keepFiles = keepFiles;
    this.globs = new Globs(options.includes(), options.excludes());
  }

  /** A folder to walk; {@code enter} tells whether its own ignore files are still to be read. */
  private record Folder(Path dir, Path realDir, String rel, IgnoreRules rules, boolean enter) {}

  /** A symbolic link met during the walk, followed after the plain walk. */
  private record Link(Path path, String rel, IgnoreRules rules) {}

  /**
   * Links in the order a depth-first walk over sorted names meets them: by path, one folder level
   * after another, so {@code a/x} comes before {@code a-b} ('/' sorts before every other char).
   */
  private static final Comparator<Link> WALK_ORDER =
      (x, y) -> {
        String a = x.rel();
        String b = y.rel();
        for (int i = 0, n = Math.min(a.length(), b.length()); i < n; i++) {
          char ca = a.charAt(i);
          char cb = b.charAt(i);
          if (ca != cb) {
            return ca == '/' ? -1 : cb == '/' ? 1 : Character.compare(ca, cb);
          }
        }
        return Integer.compare(a.length(), b.length());
      };

  /** Given as a set: the varargs form copies the options into a new set for every file. */
  private static final Set<StandardOpenOption> READ = Set.of(StandardOpenOption.READ);

  /** One array for every entry's attributes, not a new varargs array each time. */
  private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

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
    return new FileWalker(options, threads, sink, true).run(root);
  }

  /**
   * Walks as {@link #walk(Path, WalkOptions, int, FileSink)} but lists no files: the returned
   * walk's {@link Walk#files()} is empty and {@link Walk#fileCount()} says how many {@code sink}
   * heard. A scan keeps what it needs of each file itself, and a list of them all would only be
   * copied through the young collections (docs/adr/0097).
   */
  public static Walk handOver(Path root, WalkOptions options, int threads, FileSink sink)
      throws IOException {
    return new FileWalker(options, threads, sink, false).run(root);
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
            new Walk.Skipped(rel, "not scanned: not a regular file (" + kind(realRoot) + ")"));
      } else if (attrs.size() > options.maxFileSize()) {
        unreadable.add(new Walk.Skipped(rel, "not scanned: " + tooLarge(attrs.size())));
      } else {
        FileSink.Opener open = () -> Files.newByteChannel(root, READ);
        add(rel, detect(open, rel).orElse(Language.TEXT), attrs.size(), root, -1, open);
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
    met.sort(WALK_ORDER);
    links.addAll(met);
  }

  /** Lists one folder, hands its files to the sink and returns its subfolders to walk. */
  private List<Folder> walkDir(Folder folder, List<Link> met) throws IOException {
    DirectoryStream<Path> stream;
    try {
      stream = Files.newDirectoryStream(folder.dir());
    } catch (IOException e) {
      unreadable.add(cannotList(folder, e));
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
        unreadable.add(cannotList(folder, e));
        return List.of();
      }
      IgnoreRules rules =
          folder.enter() && ignoreFile && options.useIgnoreFiles()
              ? folder.rules().enter(folder.dir(), folder.rel())
              : folder.rules();
      // Relative to the open folder where the platform allows it (Linux and macOS do): each stat
      // and open then resolves one name, not every folder from the root down again.
      SecureDirectoryStream<Path> open = stream instanceof SecureDirectoryStream<Path> s ? s : null;
      List<Folder> below = new ArrayList<>();
      for (Path fileName : names) {
        entry(folder, rules, fileName, open, met, below);
      }
      return below;
    }
  }

  private void entry(
      Folder folder,
      IgnoreRules rules,
      Path fileName,
      SecureDirectoryStream<Path> open,
      List<Link> met,
      List<Folder> below) {
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
      unreadable.add(new Walk.Skipped(rel, "cannot read: " + reason(e)));
      return;
    }
    if (attrs.isSymbolicLink()) {
      met.add(new Link(folder.dir().resolve(fileName), rel, rules));
    } else if (attrs.isDirectory()) {
      Path realChild = folder.realDir().resolve(name);
      if (acceptDir(name, rel, rules) && seenDirs.add(realChild)) {
        below.add(new Folder(folder.dir().resolve(fileName), realChild, rel, rules, true));
      }
    } else if (attrs.isRegularFile()
        && (seenFiles.isEmpty() || !seenFiles.contains(folder.realDir().resolve(name)))) {
      FileSink.Opener opener =
          open == null
              ? () -> Files.newByteChannel(folder.dir().resolve(fileName), READ)
              : () -> open.newByteChannel(fileName, READ);
      consider(folder.dir(), rel.length() - name.length(), rel, attrs.size(), rules, opener);
    }
  }

  private static Walk.Skipped cannotList(Folder folder, Exception e) {
    String rel = folder.rel().isEmpty() ? "." : folder.rel();
    return new Walk.Skipped(rel, "cannot read the folder: " + reason(e));
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
    Optional<Language> lang = detect(open, rel);
    if (globs.hasIncludes()) {
      if (globs.included(rel)) {
        add(rel, lang.orElse(Language.TEXT), size, dir, nameStart, open);
      }
    } else if (lang.isPresent()) {
      add(rel, lang.get(), size, dir, nameStart, open);
    }
  }

  /** The language by name, or for a file without extension by its {@code #!} line. */
  private static Optional<Language> detect(FileSink.Opener open, String rel) {
    Optional<Language> byName = Languages.detect(rel);
    if (byName.isPresent() || !Languages.mayHaveShebang(rel)) {
      return byName;
    }
    byte[] head = new byte[SHEBANG_BYTES];
    int n = 0;
    try (SeekableByteChannel in = open.open()) {
      ByteBuffer buf = ByteBuffer.wrap(head);
      while (buf.hasRemaining() && in.read(buf) > 0) {
        n = buf.position();
      }
    } catch (IOException e) {
      return byName; // unreadable: the read in the scan reports it if the file is taken
    }
    if (n < 2 || head[0] != '#' || head[1] != '!') {
      return byName;
    }
    String line = new String(head, 0, n, StandardCharsets.ISO_8859_1).split("\n", 2)[0];
    return Languages.fromShebang(line);
  }

  private String tooLarge(long size) {
    return String.format(
        Locale.ROOT,
        "larger than %d MiB (%.1f MiB); see --max-file-size",
        options.maxFileSize() >> 20,
        size / 1048576.0);
  }

  /** What a file that is not a regular file is, from its mode's type bits where there are some. */
  private static String kind(Path p) {
    try {
      return switch ((int) Files.getAttribute(p, "unix:mode") & 0170000) {
        case 0010000 -> "a FIFO";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "not a file";
      };
    } catch (IOException | RuntimeException e) {
      return "a FIFO, socket or device";
    }
  }

  /** An I/O failure in one line: the system's reason, else the exception's type. */
  private static String reason(Exception e) {
    Throwable t = e instanceof DirectoryIteratorException d ? d.getCause() : e;
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
  }

  private void add(
      String rel, Language lang, long size, Path dir, int nameStart, FileSink.Opener open) {
    if (size > options.maxFileSize()) {
      skipped.add(new Walk.Skipped(rel, tooLarge(size)));
    } else {
      WalkedFile walked = new WalkedFile(dir, nameStart, rel, lang, size);
      if (keepFiles) {
        files.add(walked);
      }
      fileCount.incrementAndGet();
      sink.accept(walked, open);
    }
  }
}
