package dev.claudemigrate.engine.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git work tree that holds a scanned folder (found with JGit, no git binary needed): where
 * patch paths start, and which files have changes not yet committed, which {@code apply} refuses to
 * overwrite because the user could not get them back with git.
 */
public final class GitWorkTree {
  private final Path workTree;

  private GitWorkTree(Path workTree) {
    this.workTree = workTree;
  }

  /** The work tree holding {@code path} (a folder or a file), if it is inside one. */
  public static Optional<GitWorkTree> find(Path path) {
    Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (b.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repo = b.setMustExist(true).build()) {
      if (repo.isBare()) {
        return Optional.empty();
      }
      return Optional.of(new GitWorkTree(repo.getWorkTree().toPath().toRealPath()));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The folder patch paths are relative to: the work tree holding {@code root}, else root's folder.
   */
  public static Path patchBase(Path root) {
    return find(root)
        .map(GitWorkTree::workTree)
        .orElseGet(
            () ->
                Files.isDirectory(root)
                    ? root.toAbsolutePath()
                    : root.toAbsolutePath().getParent());
  }

  public Path workTree() {
    return workTree;
  }

  /**
   * What git says of {@code files}, each asked of the work tree nearest to it: a nested repository
   * or a submodule has its own, where the outer one only sees {@code ?? embedded/} or {@code M
   * submod}.
   */
  public record Check(Map<Path, String> uncommitted, List<Path> outsideGit) {}

  /** Checks each of {@code files} in its own work tree (see {@link Check}). */
  public static Check check(Collection<Path> files) throws IOException {
    Map<Path, List<Path>> byTree = new LinkedHashMap<>();
    Map<Path, GitWorkTree> trees = new LinkedHashMap<>();
    List<Path> outside = new ArrayList<>();
    for (Path f : files) {
      Optional<GitWorkTree> tree = find(f.toRealPath());
      if (tree.isEmpty()) {
        outside.add(f);
      } else {
        trees.putIfAbsent(tree.get().workTree(), tree.get());
        byTree.computeIfAbsent(tree.get().workTree(), k -> new ArrayList<>()).add(f);
      }
    }
    Map<Path, String> dirty = new LinkedHashMap<>();
    for (Map.Entry<Path, List<Path>> e : byTree.entrySet()) {
      dirty.putAll(trees.get(e.getKey()).uncommitted(e.getValue()));
    }
    return new Check(dirty, outside);
  }

  /** {@code path} below {@code base} with '/' between names, whatever characters the names hold. */
  static String slashed(Path base, Path path) {
    StringBuilder b = new StringBuilder();
    for (Path name : base.relativize(path)) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(name);
    }
    return b.toString();
  }

  /**
   * The files among {@code files} that differ from the last commit (modified, staged, added,
   * untracked, ignored, or in conflict), each mapped to a word that says how.
   */
  public Map<Path, String> uncommitted(Collection<Path> files) throws IOException {
    Map<String, Path> byRel = new LinkedHashMap<>();
    for (Path f : files) {
      Path real = f.toRealPath();
      if (real.startsWith(workTree)) {
        byRel.put(slashed(workTree, real), f);
      }
    }
    Map<Path, String> dirty = new LinkedHashMap<>();
    if (byRel.isEmpty()) {
      return dirty;
    }
    Status status = status(byRel.keySet());
    byRel.forEach((rel, file) -> state(status, rel).ifPresent(s -> dirty.put(file, s)));
    return dirty;
  }

  private Status status(Collection<String> paths) throws IOException {
    try (Git git = Git.open(workTree.toFile())) {
      StatusCommand cmd = git.status();
      paths.forEach(cmd::addPath);
      return cmd.call();
    } catch (GitAPIException e) {
      throw new IOException("git status failed: " + e.getMessage(), e);
    }
  }

  private static Optional<String> state(Status s, String rel) {
    List<Map.Entry<Set<String>, String>> checks = new ArrayList<>();
    checks.add(Map.entry(s.getConflicting(), "in conflict"));
    checks.add(Map.entry(s.getModified(), "modified"));
    checks.add(Map.entry(s.getChanged(), "staged, not committed"));
    checks.add(Map.entry(s.getAdded(), "added, not committed"));
    checks.add(Map.entry(s.getUntracked(), "untracked"));
    for (Map.Entry<Set<String>, String> c : checks) {
      if (c.getKey().contains(rel)) {
        return Optional.of(c.getValue());
      }
    }
    boolean ignored =
        s.getIgnoredNotInIndex().stream().anyMatch(i -> rel.equals(i) || rel.startsWith(i + "/"));
    return ignored ? Optional.of("ignored by git, not committed") : Optional.empty();
  }
}
