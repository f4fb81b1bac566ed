package dev.claudemigrate.engine.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.source.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkerTest {
  @TempDir Path root;

  private void write(String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private List<String> paths(WalkOptions options) throws IOException {
    return FileWalker.walk(root, options).files().stream().map(WalkedFile::path).toList();
  }

  private List<String> paths() throws IOException {
    return paths(WalkOptions.defaults());
  }

  @Test
  void walksKnownTypesSortedByPath() throws IOException {
    write("b.py", "x");
    write("a/z.java", "x");
    write("a/c.yaml", "x");
    write("notes.csv", "x");
    write("Makefile", "x");
    write(".env", "X=1");
    assertEquals(List.of(".env", "a/c.yaml", "a/z.java", "b.py"), paths());
  }

  @Test
  void readsScriptsByExtensionOrShebangAndPlainTextDocs() throws IOException {
    write("bin/deploy", "#!/usr/bin/env bash\nexport MODEL_ID=x\n");
    write("bin/report", "#!/usr/bin/python3\nprint(1)\n");
    write("bin/LICENSE", "MIT\n");
    write("scripts/invoke.sh", "aws bedrock-runtime invoke-model\n");
    write("docker/Dockerfile", "ENV MODEL_ID=x\n");
    write("llms.txt", "# Project\n");
    write("docs/guide.rst", "Guide\n=====\n");
    Walk walk = FileWalker.walk(root, WalkOptions.defaults());
    assertEquals(
        List.of(
            "bin/deploy:SHELL",
            "bin/report:PYTHON",
            "docker/Dockerfile:SHELL",
            "docs/guide.rst:PROSE",
            "llms.txt:PROSE",
            "scripts/invoke.sh:SHELL"),
        walk.files().stream().map(f -> f.path() + ":" + f.language()).toList());
  }

  @Test
  void honoursNestedGitignoreWithNegation() throws IOException {
    write(".gitignore", "*.log.py\ngenerated/\nsecret*.py\n");
    write("app/.gitignore", "!secret_ok.py\nlocal.py\n");
    write("a.log.py", "x");
    write("generated/g.py", "x");
    write("secret1.py", "x");
    write("app/secret_ok.py", "x");
    write("app/secret_no.py", "x");
    write("app/local.py", "x");
    write("local.py", "x");
    write("app/main.py", "x");
    assertEquals(List.of("app/main.py", "app/secret_ok.py", "local.py"), paths());
  }

  @Test
  void honoursDotIgnoreAboveGitignoreAndInfoExclude() throws IOException {
    Files.createDirectories(root.resolve(".git/info"));
    Files.writeString(root.resolve(".git/info/exclude"), "excluded.py\n");
    write(".gitignore", "keep.py\n");
    write(".ignore", "!keep.py\nalso.py\n");
    write("keep.py", "x");
    write("also.py", "x");
    write("excluded.py", "x");
    write("sub/excluded.py", "x");
    write("main.py", "x");
    write(".git/config.py", "x");
    assertEquals(List.of("keep.py", "main.py"), paths());
  }

  @Test
  void worktreeGitFileLeadsToTheCommonInfoExclude(@TempDir Path gitHome) throws IOException {
    Path common = gitHome.resolve("repo.git");
    Path worktreeDir = common.resolve("worktrees/wt");
    Files.createDirectories(worktreeDir);
    Files.createDirectories(common.resolve("info"));
    Files.writeString(common.resolve("info/exclude"), "local-*.py\n");
    Files.writeString(worktreeDir.resolve("commondir"), "../..\n");
    Files.writeString(root.resolve(".git"), "gitdir: " + worktreeDir + "\n");
    write("local-notes.py", "x");
    write("app.py", "x");
    assertEquals(List.of("app.py"), paths());
  }

  @Test
  void readsIgnoreFilesOfFoldersAboveTheRootUpToTheRepository() throws IOException {
    Files.createDirectories(root.resolve(".git"));
    write(".gitignore", "sub/skip.py\n*.gen.py\n");
    write("sub/skip.py", "x");
    write("sub/a.gen.py", "x");
    write("sub/keep.py", "x");
    List<String> got =
        FileWalker.walk(root.resolve("sub"), WalkOptions.defaults()).files().stream()
            .map(WalkedFile::path)
            .toList();
    assertEquals(List.of("keep.py"), got);
  }

  @Test
  void noIgnoreReadsIgnoredFilesButStillSkipsVendoredFolders() throws IOException {
    write(".gitignore", "ignored.py\n");
    write("ignored.py", "x");
    write("node_modules/lib/index.js", "x");
    write("pkg/__pycache__/m.py", "x");
    write(".venv/lib/site.py", "x");
    write("build/gen.java", "x");
    write("src/app.ts", "x");
    assertEquals(
        List.of("ignored.py", "src/app.ts"),
        paths(new WalkOptions(List.of(), List.of(), false, true, WalkOptions.MAX_FILE_SIZE)));
    assertEquals(
        List.of(
            ".venv/lib/site.py",
            "build/gen.java",
            "ignored.py",
            "node_modules/lib/index.js",
            "pkg/__pycache__/m.py",
            "src/app.ts"),
        paths(new WalkOptions(List.of(), List.of(), false, false, WalkOptions.MAX_FILE_SIZE)));
  }

  @Test
  void includeAndExcludeGlobsUseGitignoreSyntax() throws IOException {
    write("src/a.py", "x");
    write("src/deep/b.py", "x");
    write("src/c.java", "x");
    write("docs/readme.txt", "x");
    write("docs/skip.txt", "x");
    write("Dockerfile", "x");
    WalkOptions o =
        WalkOptions.defaults()
            .withGlobs(List.of("*.py", "docs/", "Dockerfile"), List.of("deep/", "skip.*"));
    Walk walk = FileWalker.walk(root, o);
    assertEquals(
        List.of("Dockerfile", "docs/readme.txt", "src/a.py"),
        walk.files().stream().map(WalkedFile::path).toList());
    assertEquals(Language.SHELL, walk.files().get(0).language());
    assertEquals(Language.PROSE, walk.files().get(1).language());
    assertEquals(Language.PYTHON, walk.files().get(2).language());
  }

  @Test
  void hugeFilesAreReportedAsSkipped() throws IOException {
    write("big.json", "x".repeat(2000));
    write("small.json", "{}");
    Walk walk = FileWalker.walk(root, new WalkOptions(List.of(), List.of(), true, true, 1000));
    assertEquals(List.of("small.json"), walk.files().stream().map(WalkedFile::path).toList());
    assertEquals("big.json", walk.skipped().get(0).path());
    assertTrue(walk.skipped().get(0).reason().startsWith("larger than"));
  }

  @Test
  void symlinkOutOfRootIsNotFollowed(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("secret.py"), "x");
    write("in.py", "x");
    Files.createSymbolicLink(root.resolve("out"), outside);
    Files.createSymbolicLink(root.resolve("out.py"), outside.resolve("secret.py"));
    Walk walk = FileWalker.walk(root, WalkOptions.defaults());
    assertEquals(List.of("in.py"), walk.files().stream().map(WalkedFile::path).toList());
    assertEquals(
        List.of("out", "out.py"), walk.skipped().stream().map(Walk.Skipped::path).toList());
  }

  @Test
  void symlinkLoopsEndAndLinkedFilesAreReadOnce() throws IOException {
    write("a/real.py", "x");
    Files.createSymbolicLink(root.resolve("a/loop"), root.resolve("a"));
    Files.createSymbolicLink(root.resolve("a/self"), Path.of("."));
    Files.createSymbolicLink(root.resolve("alias.py"), root.resolve("a/real.py"));
    Files.createSymbolicLink(root.resolve("b"), root.resolve("a"));
    assertEquals(List.of("a/real.py"), paths());
  }

  @Test
  void symlinkIntoAnIgnoredFolderIsFollowedUnderTheLinkPath() throws IOException {
    write(".gitignore", "shared/\n");
    write("shared/conf.yaml", "x");
    Files.createSymbolicLink(root.resolve("conf.yaml"), root.resolve("shared/conf.yaml"));
    assertEquals(List.of("conf.yaml"), paths());
  }

  @Test
  void rootMayBeASingleFile() throws IOException {
    write("sub/Makefile", "x");
    Walk walk = FileWalker.walk(root.resolve("sub/Makefile"), WalkOptions.defaults());
    assertEquals(List.of("Makefile"), walk.files().stream().map(WalkedFile::path).toList());
    assertEquals(Language.TEXT, walk.files().get(0).language());
  }

  @Test
  void binaryProbe() {
    assertTrue(FileContents.isBinary(new byte[] {'a', 0, 'b'}));
    assertEquals(false, FileContents.isBinary("plain".getBytes()));
    assertEquals(false, FileContents.isBinary(new byte[] {(byte) 0xff, (byte) 0xfe, 'a', 0}));
    byte[] late = new byte[FileContents.BINARY_PROBE + 10];
    Arrays.fill(late, (byte) 'a');
    late[late.length - 1] = 0;
    assertEquals(false, FileContents.isBinary(late));
  }
}
