package dev.claudemigrate.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitWorkTreeTest {
  @TempDir Path tmp;

  @Test
  void reportsEveryKindOfUncommittedFileAndNothingForCleanOnes() throws IOException {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("src"));
    for (String f : List.of("clean.py", "modified.py", "staged.py", "src/clean.py")) {
      Files.writeString(repo.resolve(f), "x = 1\n");
    }
    Files.writeString(repo.resolve(".gitignore"), "build/\n");
    GitFixture.commitAll(repo);
    Files.writeString(repo.resolve("modified.py"), "x = 2\n");
    Files.writeString(repo.resolve("staged.py"), "x = 2\n");
    GitFixture.ok(repo, null, "add", "staged.py");
    Files.writeString(repo.resolve("added.py"), "x = 2\n");
    GitFixture.ok(repo, null, "add", "added.py");
    Files.createDirectories(repo.resolve("new/dir"));
    Files.writeString(repo.resolve("new/dir/untracked.py"), "x\n");
    Files.createDirectories(repo.resolve("build"));
    Files.writeString(repo.resolve("build/out.py"), "x\n");

    GitWorkTree git = GitWorkTree.find(repo.resolve("src")).orElseThrow();
    assertEquals(repo.toRealPath(), git.workTree());
    List<Path> files =
        List.of(
                "clean.py",
                "modified.py",
                "staged.py",
                "added.py",
                "new/dir/untracked.py",
                "build/out.py",
                "src/clean.py")
            .stream()
            .map(repo::resolve)
            .toList();
    Map<Path, String> dirty = git.uncommitted(files);
    assertEquals(
        Map.of(
            repo.resolve("modified.py"), "modified",
            repo.resolve("staged.py"), "staged, not committed",
            repo.resolve("added.py"), "added, not committed",
            repo.resolve("new/dir/untracked.py"), "untracked",
            repo.resolve("build/out.py"), "ignored by git, not committed"),
        dirty);
  }

  @Test
  void outsideARepositoryThereIsNoWorkTree() throws IOException {
    Files.writeString(tmp.resolve("a.py"), "x\n");
    assertTrue(GitWorkTree.find(tmp).isEmpty());
    assertTrue(GitWorkTree.find(tmp.resolve("a.py")).isEmpty());
    assertEquals(tmp.toAbsolutePath(), GitWorkTree.patchBase(tmp.resolve("a.py")));
  }
}
