package dev.claudemigrate.engine.files;

import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists the files of a tree to scan, sorted by path. Honours ignore files ({@link IgnoreRules}),
 * skips {@code .git} and vendored or generated folders, and applies include and exclude globs
 * ({@link Globs}). Symbolic links are followed only to places inside the root, after the plain
 * walk, so every real file and folder is visited once under its own path first and a link loop ends
 * at the first folder seen before. One walker per walk: it is not thread-safe.
 */
public final class FileWalker {
  /**
   * Folders of dependencies, virtual environments, caches and build output, skipped at any depth.
   */
  /** How much of a file without extension is read to find its {@code #!} line. */
  private static final int SHEBANG_BYTES = 128;

  public static final Set<String> DEFAULT_EXCLUDED_DIRS =
      Set.of(
          "node_modules",
          "bower_components",
          "jspm_packages",
          ".venv",
          "venv",
          "__pycache__",
          ".tox",
          ".nox",
          ".mypy_cache",
          ".pytest_cache",
          ".ruff_cache",
          ".eggs",
          "site-packages",
          "target",
          "build",
          "dist",
          "out",
          ".gradle",
          ".terraform",
          ".terragrunt-cache",
          "vendor",
          ".next",
          ".nuxt",
          ".svelte-kit",
          ".turbo",
          ".parcel-cache",
          ".cache",
          "coverage",
          ".nyc_output",
          "htmlcov",
          ".serverless",
          ".aws-sam",
          "cdk.out",
          ".hg",
          ".svn");

  private final WalkOptions options;
  private final Consumer<WalkedFile> onFile;
  private final Globs globs;
  private final List<WalkedFile> files = new ArrayList<>();
  private final List<Walk.Skipped> skipped = new ArrayList<>();
  private final List<Walk.Skipped> unreadable = new ArrayList<>();
  private final Set<Path> seenDirs = new HashSet<>();

  /**
   * Real files reached through a link. A file of a folder in {@link #seenDirs} was seen under its
   * own path already (the plain walk visits each real folder once), so only these need a record.
   */
  private final Set<Path> seenFiles = new HashSet<>();

  private final Deque<Link> links = new ArrayDeque<>();
  private Path realRoot;

  private FileWalker(WalkOptions options, Consumer<WalkedFile> onFile) {
    this.options = options;
    this.onFile = onFile;
    this.globs = new Globs(options.includes(), options.excludes());
  }

  /** A folder entry with its name, read once. */
  private record Entry(String name, Path path) {}

  /** A symbolic link met during the walk, followed after the plain walk. */
  private record Link(Path path, String rel, IgnoreRules rules) {}

  /**
   * Walks {@code root}, a folder or a single file (which is read whatever its type or ignore
   * rules).
   *
   * @throws IOException when the root cannot be read; unreadable folders below it are skipped
   */
  public static Walk walk(Path root, WalkOptions options) throws IOException {
    return walk(root, options, f -> {});
  }

  /**
   * Walks {@code root} and also hands each selected file to {@code onFile} as soon as it is found
   * (in walk order, not sorted), so that reading can start while the walk goes on.
   */
  public static Walk walk(Path root, WalkOptions options, Consumer<WalkedFile> onFile)
      throws IOException {
    return new FileWalker(options, onFile).run(root);
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
        add(root, rel, detect(root, rel).orElse(Language.TEXT), attrs.size());
      }
      return new Walk(files, skipped, unreadable);
    }
    IgnoreRules rules =
        options.useIgnoreFiles() ? IgnoreRules.forRoot(realRoot) : IgnoreRules.none();
    seenDirs.add(realRoot);
    walkDir(root, realRoot, "", rules);
    while (!links.isEmpty()) {
      follow(links.poll());
    }
    files.sort(Comparator.comparing(WalkedFile::path));
    skipped.sort(Comparator.comparing(Walk.Skipped::path));
    unreadable.sort(Comparator.comparing(Walk.Skipped::path));
    return new Walk(files, skipped, unreadable);
  }

  private void walkDir(Path dir, Path realDir, String rel, IgnoreRules rules) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(p -> entries.add(new Entry(p.getFileName().toString(), p)));
    } catch (IOException | DirectoryIteratorException e) {
      unreadable.add(
          new Walk.Skipped(rel.isEmpty() ? "." : rel, "cannot read the folder: " + reason(e)));
      return;
    }
    // Names taken once: a comparator that asks each Path for its name allocates in every
    // comparison.
    entries.sort(Comparator.comparing(Entry::name));
    for (Entry entry : entries) {
      Path child = entry.path();
      String name = entry.name();
      if (name.equals(".git")) {
        continue;
      }
      String childRel = rel.isEmpty() ? name : rel + "/" + name;
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        continue; // removed while walking
      } catch (IOException e) {
        // A folder that can be listed but not entered, or a path past the system's limit.
        unreadable.add(new Walk.Skipped(childRel, "cannot read: " + reason(e)));
        continue;
      }
      if (attrs.isSymbolicLink()) {
        links.add(new Link(child, childRel, rules));
      } else if (attrs.isDirectory()) {
        Path realChild = realDir.resolve(name);
        if (acceptDir(name, childRel, rules) && seenDirs.add(realChild)) {
          walkDir(child, realChild, childRel, enter(rules, child, childRel));
        }
      } else if (attrs.isRegularFile()
          && (seenFiles.isEmpty() || !seenFiles.contains(realDir.resolve(name)))) {
        consider(child, childRel, attrs.size(), rules);
      }
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
        walkDir(link.path(), real, link.rel(), enter(link.rules(), link.path(), link.rel()));
      }
    } else if (Files.isRegularFile(real)
        && !seenDirs.contains(real.getParent())
        && seenFiles.add(real)) {
      consider(link.path(), link.rel(), Files.size(real), link.rules());
    }
  }

  private IgnoreRules enter(IgnoreRules rules, Path dir, String rel) throws IOException {
    return options.useIgnoreFiles() ? rules.enter(dir, rel) : rules;
  }

  private boolean acceptDir(String name, String rel, IgnoreRules rules) {
    if (options.defaultExcludes() && DEFAULT_EXCLUDED_DIRS.contains(name)) {
      return false;
    }
    return !rules.isIgnored(rel, true) && !globs.excluded(rel, true);
  }

  private void consider(Path file, String rel, long size, IgnoreRules rules) {
    if (rules.isIgnored(rel, false) || globs.excluded(rel, false)) {
      return;
    }
    Optional<Language> lang = detect(file, rel);
    if (globs.hasIncludes()) {
      if (globs.included(rel)) {
        add(file, rel, lang.orElse(Language.TEXT), size);
      }
    } else {
      lang.ifPresent(l -> add(file, rel, l, size));
    }
  }

  /** The language by name, or for a file without extension by its {@code #!} line. */
  private static Optional<Language> detect(Path file, String rel) {
    Optional<Language> byName = Languages.detect(rel);
    if (byName.isPresent() || !Languages.mayHaveShebang(rel)) {
      return byName;
    }
    byte[] head = new byte[SHEBANG_BYTES];
    int n = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
        n += r;
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

  private void add(Path file, String rel, Language lang, long size) {
    if (size > options.maxFileSize()) {
      skipped.add(new Walk.Skipped(rel, tooLarge(size)));
    } else {
      WalkedFile walked = new WalkedFile(file, rel, lang, size);
      files.add(walked);
      onFile.accept(walked);
    }
  }
}
