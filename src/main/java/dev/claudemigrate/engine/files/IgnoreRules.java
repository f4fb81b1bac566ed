package dev.claudemigrate.engine.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The ignore files in force for one folder, as a chain from the deepest folder to the repository
 * top, evaluated as git does: the deepest file that has a matching pattern decides, and in it the
 * last matching pattern (so {@code !negations} re-include). In each folder {@code .ignore} outranks
 * {@code .gitignore}; {@code .git/info/exclude} ranks below all of them. Immutable.
 */
final class IgnoreRules {
  private static final IgnoreRules NONE = new IgnoreRules(null, "", "", List.of());

  private final IgnoreRules parent;

  /** Prepended to a root-relative path to make it relative to this frame's folder. */
  private final String prefix;

  /** Removed from the start of a root-relative path (the frame's folder below the root). */
  private final String strip;

  private final List<IgnoreNode> nodes;

  private IgnoreRules(IgnoreRules parent, String prefix, String strip, List<IgnoreNode> nodes) {
    this.parent = parent;
    this.prefix = prefix;
    this.strip = strip;
    this.nodes = nodes;
  }

  /** Rules that ignore nothing (for --no-ignore). */
  static IgnoreRules none() {
    return NONE;
  }

  /**
   * The rules in force at the scan root: {@code .git/info/exclude} of the repository around it and
   * the ignore files of the folders from the repository top down to the root itself.
   */
  static IgnoreRules forRoot(Path realRoot) throws IOException {
    Path top = realRoot;
    while (top != null && !Files.exists(top.resolve(".git"))) {
      top = top.getParent();
    }
    if (top == null) {
      return NONE.enter(realRoot, "");
    }
    IgnoreRules rules = NONE;
    Path exclude = infoExclude(top.resolve(".git"));
    if (exclude != null && Files.isRegularFile(exclude)) {
      rules = rules.with(prefixOf(top, realRoot), "", List.of(parse(exclude)));
    }
    for (Path dir = top; ; dir = dir.resolve(realRoot.getName(dir.getNameCount()))) {
      rules = rules.with(prefixOf(dir, realRoot), "", load(dir));
      if (dir.equals(realRoot)) {
        return rules;
      }
    }
  }

  /**
   * The rules in force inside {@code dir}, whose root-relative path is {@code rel} ("" for the
   * root).
   */
  IgnoreRules enter(Path dir, String rel) throws IOException {
    return with("", rel.isEmpty() ? "" : rel + "/", load(dir));
  }

  /** Whether the root-relative path is ignored; {@code dir} tells whether it is a folder. */
  boolean isIgnored(String rel, boolean dir) {
    for (IgnoreRules r = this; r != null; r = r.parent) {
      if (!r.nodes.isEmpty()) {
        String local = r.prefix + rel.substring(r.strip.length());
        for (IgnoreNode node : r.nodes) {
          Boolean ignored = node.checkIgnored(local, dir);
          if (ignored != null) {
            return ignored;
          }
        }
      }
    }
    return false;
  }

  private IgnoreRules with(String prefix, String strip, List<IgnoreNode> nodes) {
    return nodes.isEmpty() ? this : new IgnoreRules(this, prefix, strip, nodes);
  }

  private static List<IgnoreNode> load(Path dir) throws IOException {
    List<IgnoreNode> nodes = new ArrayList<>(2);
    for (String name : new String[] {".ignore", ".gitignore"}) {
      Path f = dir.resolve(name);
      if (Files.isRegularFile(f)) {
        nodes.add(parse(f));
      }
    }
    return nodes;
  }

  private static IgnoreNode parse(Path file) throws IOException {
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(file.toString(), in);
    }
    return node;
  }

  /** The root's path relative to {@code dir}, with a trailing slash ("" when they are the same). */
  private static String prefixOf(Path dir, Path realRoot) {
    String rel = dir.relativize(realRoot).toString().replace('\\', '/');
    return rel.isEmpty() ? "" : rel + "/";
  }

  /**
   * {@code info/exclude} of a .git folder, or of the common folder a worktree's .git file points
   * to.
   */
  private static Path infoExclude(Path dotGit) throws IOException {
    Path gitDir = dotGit;
    if (Files.isRegularFile(dotGit)) {
      String line = Files.readString(dotGit, StandardCharsets.UTF_8).trim();
      if (!line.startsWith("gitdir:")) {
        return null;
      }
      gitDir = dotGit.getParent().resolve(line.substring("gitdir:".length()).trim());
      Path common = gitDir.resolve("commondir");
      if (Files.isRegularFile(common)) {
        gitDir =
            gitDir.resolve(Files.readString(common, StandardCharsets.UTF_8).trim()).normalize();
      }
    }
    return gitDir.resolve("info").resolve("exclude");
  }
}
