package dev.claudemigrate.engine.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A decoded file handed to rules: its text, how it was encoded, its language, and lazily its syntax
 * tree and context map, so that files no rule triggers on are never parsed.
 */
public final class SourceFile {
  private final Path absolutePath;
  private final String path;
  private final Language language;
  private final String text;
  private final TextFormat format;
  private final boolean test;
  private final Function<SourceFile, ContextMap> contextFactory;
  private LineIndex lines;
  private SyntaxTree syntax;
  private boolean syntaxTried;
  private ContextMap contexts;
  private List<int[]> testRegions;

  /**
   * @param absolutePath where the file is on disk
   * @param path path relative to the scan root, with forward slashes
   * @param contextFactory builds the context map on first use (it may call {@link #syntax()})
   */
  public SourceFile(
      Path absolutePath,
      String path,
      Language language,
      String text,
      TextFormat format,
      boolean test,
      Function<SourceFile, ContextMap> contextFactory) {
    this.absolutePath = absolutePath;
    this.path = path;
    this.language = language;
    this.text = text;
    this.format = format;
    this.test = test;
    this.contextFactory = contextFactory;
  }

  public Path absolutePath() {
    return absolutePath;
  }

  /** Path relative to the scan root, with forward slashes. */
  public String path() {
    return path;
  }

  public Language language() {
    return language;
  }

  public String text() {
    return text;
  }

  public TextFormat format() {
    return format;
  }

  /** Whether this file is test code (by path conventions of its language). */
  public boolean isTest() {
    return test;
  }

  /**
   * Whether the code at {@code offset} is test code: the whole file is ({@link #isTest()}), or the
   * offset lies in a test region of an otherwise normal file (a Rust {@code #[cfg(test)]} module,
   * see {@link RustTestRegions}).
   */
  public boolean isTestAt(int offset) {
    if (test) {
      return true;
    }
    if (language != Language.RUST) {
      return false;
    }
    List<int[]> regions;
    synchronized (this) {
      if (testRegions == null) {
        testRegions = RustTestRegions.of(this);
      }
      regions = testRegions;
    }
    return regions.stream().anyMatch(r -> r[0] <= offset && offset < r[1]);
  }

  public synchronized LineIndex lines() {
    if (lines == null) {
      lines = new LineIndex(text);
    }
    return lines;
  }

  /** The tree-sitter parse for code files, parsed on first call; empty for other formats. */
  public synchronized Optional<SyntaxTree> syntax() {
    if (!syntaxTried) {
      syntaxTried = true;
      if (language.isCode()) {
        syntax = SyntaxTree.parse(language, SyntaxTree.isTsx(path), text);
      }
    }
    return Optional.ofNullable(syntax);
  }

  /** Whether a syntax tree has been built for this file (for scan statistics; never parses). */
  public synchronized boolean isParsed() {
    return syntax != null;
  }

  /** The context of the character at {@code offset}. */
  public Context contextAt(int offset) {
    ContextMap map;
    synchronized (this) {
      if (contexts == null) {
        contexts = contextFactory.apply(this);
      }
      map = contexts;
    }
    return map.at(offset);
  }

  /** The located span of {@code [start, end)}. */
  public Span span(int start, int end) {
    LineIndex li = lines();
    int endAt = Math.max(start, end);
    return new Span(start, end, li.line(start), li.column(start), li.line(endAt), li.column(endAt));
  }

  /** The text of 1-based line {@code line}, without its separator. */
  public String lineText(int line) {
    LineIndex li = lines();
    return text.substring(li.lineStart(line), li.lineEnd(line, text));
  }

  @Override
  public String toString() {
    return path;
  }
}
