package dev.claudemigrate.engine.files;

import java.util.List;

/**
 * What a walk reads.
 *
 * @param includes gitignore-style globs a file must match; when given, files of no known language
 *     are read too, as plain text
 * @param excludes gitignore-style globs of files and folders to skip
 * @param useIgnoreFiles whether .gitignore, .ignore and .git/info/exclude are honoured
 * @param defaultExcludes whether vendored and generated folders ({@link ExcludedDirs#DEFAULT}) are
 *     skipped
 * @param maxFileSize files larger than this many bytes are skipped and reported
 */
public record WalkOptions(
    List<String> includes,
    List<String> excludes,
    boolean useIgnoreFiles,
    boolean defaultExcludes,
    long maxFileSize) {

  /** 10 MiB: larger files are generated data, not code to migrate. */
  public static final long MAX_FILE_SIZE = 10L * 1024 * 1024;

  public WalkOptions {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  /** Honour ignore files, skip vendored folders, no globs, the 10 MiB limit. */
  public static WalkOptions defaults() {
    return new WalkOptions(List.of(), List.of(), true, true, MAX_FILE_SIZE);
  }

  /** These options with other include and exclude globs. */
  public WalkOptions withGlobs(List<String> include, List<String> exclude) {
    return new WalkOptions(include, exclude, useIgnoreFiles, defaultExcludes, maxFileSize);
  }
}
