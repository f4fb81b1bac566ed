package dev.claudemigrate.engine.files;

import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Include and exclude globs in gitignore syntax, matched against root-relative paths with forward
 * slashes: {@code *.py} matches at any depth, {@code /setup.py} only at the root, {@code docs/} a
 * folder and all below it, {@code src/**}{@code /*.ts} across folders, {@code !x} re-includes what
 * an earlier exclude left out. Immutable.
 */
public final class Globs {
  private final IgnoreNode includes;
  private final IgnoreNode excludes;
  private final boolean hasIncludes;

  public Globs(List<String> includes, List<String> excludes) {
    this.includes = node(includes);
    this.excludes = node(excludes);
    this.hasIncludes = !this.includes.getRules().isEmpty();
  }

  private static IgnoreNode node(List<String> globs) {
    return new IgnoreNode(
        globs.stream()
            .map(String::trim)
            .filter(g -> !g.isEmpty())
            .map(FastIgnoreRule::new)
            .toList());
  }

  /** Whether include globs were given (then other text files are read too). */
  public boolean hasIncludes() {
    return hasIncludes;
  }

  /**
   * Whether the file at {@code rel} matches an include glob, itself or through a folder above it.
   */
  public boolean included(String rel) {
    return matches(includes, rel);
  }

  /** Whether the file or folder at {@code rel} matches an exclude glob (the last match decides). */
  public boolean excluded(String rel, boolean dir) {
    return Boolean.TRUE.equals(excludes.checkIgnored(rel, dir));
  }

  /** Whether a file matches the globs of a node, itself or through one of its folders. */
  public static boolean matches(IgnoreNode node, String rel) {
    if (Boolean.TRUE.equals(node.checkIgnored(rel, false))) {
      return true;
    }
    for (int slash = rel.indexOf('/'); slash > 0; slash = rel.indexOf('/', slash + 1)) {
      if (Boolean.TRUE.equals(node.checkIgnored(rel.substring(0, slash), true))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code glob} is a pattern git would accept; JGit drops one it cannot parse (an unclosed
   * {@code [}) without a word, so a typo would select nothing.
   */
  public static boolean isValid(String glob) {
    String g = glob.trim();
    return g.isEmpty() || g.startsWith("#") || !new FastIgnoreRule(g).isEmpty();
  }

  /** One glob as a node, for matching single paths (config-file suppressions). */
  public static IgnoreNode of(String glob) {
    return node(List.of(glob));
  }
}
