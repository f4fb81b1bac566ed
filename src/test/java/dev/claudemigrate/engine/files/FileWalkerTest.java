package dev.claudemigrate.engine.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.claudemigrate.engine.source.Language;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  // A walk on several threads finds, hands over and reports exactly what a one-thread walk does.

  /** What a walk found and what its sink heard, read through the sink's opener. */
  private record Seen(Walk walk, Map<String, String> heard) {}

  private Seen walk(int threads, WalkOptions options) throws IOException {
    Map<String, String> heard = new ConcurrentHashMap<>();
    Walk walk =
        FileWalker.walk(
            root,
            options,
            threads,
            (file, open) -> {
              String text = read(open);
              assertEquals(null, heard.put(file.path(), text), "handed over twice: " + file);
            });
    return new Seen(walk, heard);
  }

  private static String read(FileSink.Opener open) {
    try (SeekableByteChannel ch = open.open()) {
      ByteBuffer buf = ByteBuffer.allocate((int) ch.size());
      while (buf.hasRemaining() && ch.read(buf) > 0) {
        // read on
      }
      return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A fast listing that fails unexpectedly (a defect, not an I/O error) costs nothing: the folder
   * is listed the JDK's way. Before, the whole walk failed with the exception.
   */
  @Test
  void aFastListingThatFailsUnexpectedlyFallsBackToTheJdkWalk() throws IOException {
    write("a/x.py", "x = 1\n");
    write("a/b/y.py", "y = 2\n");
    FastFolders broken =
        dir ->
            new FastFolders.Listing() {
              @Override
              public java.util.Optional<List<FastFolders.Entry>> entries() {
                throw new IllegalArgumentException("fromIndex(75) > toIndex(5)");
              }

              @Override
              public FileSink.Opener opener(FastFolders.Entry entry, long limit) {
                throw new AssertionError("never asked");
              }

              @Override
              public void close() {}
            };
    Map<String, String> heard = new ConcurrentHashMap<>();
    Walk walk =
        FileWalker.handOver(
            root,
            WalkOptions.defaults(),
            2,
            (file, open) -> heard.put(file.path(), read(open)),
            broken);
    assertEquals(Map.of("a/x.py", "x = 1\n", "a/b/y.py", "y = 2\n"), heard);
    assertEquals(List.of(), walk.unreadable());
  }

  @Test
  void manyFoldersGiveTheSameSortedListsOnOneOrFourThreads() throws IOException {
    for (int d = 0; d < 12; d++) {
      for (int f = 0; f < 15; f++) {
        write("svc" + d + "/src/m" + (f % 3) + "/file" + f + ".py", "x = " + d + f + "\n");
      }
      write("svc" + d + "/big.json", "x".repeat(3000));
      write("svc" + d + "/node_modules/dep.js", "x");
    }
    write("svc3/.gitignore", "src/m1/\n");
    write("svc3-x/a.py", "a\n");
    WalkOptions options = new WalkOptions(List.of(), List.of(), true, true, 2000);

    Seen one = walk(1, options);
    Seen four = walk(4, options);

    assertEquals(12 * 15 - 5 + 1, one.walk().files().size());
    assertEquals(one.walk(), four.walk());
    assertEquals(one.heard(), four.heard());
    List<String> paths = four.walk().files().stream().map(WalkedFile::path).toList();
    List<String> sorted = new ArrayList<>(paths);
    sorted.sort(null);
    assertEquals(sorted, paths, "sorted by path whatever the threads");
    assertEquals(paths, sorted.stream().filter(four.heard()::containsKey).toList());
    assertEquals(paths.size(), four.heard().size(), "every file handed over once");
    assertFalse(four.heard().containsKey("svc3/src/m1/file7.py"), "ignored by svc3/.gitignore");
    assertEquals("x = 57\n", four.heard().get("svc5/src/m1/file7.py"));
    assertEquals(12, four.walk().skipped().size(), "one big.json per folder, sorted");
    assertEquals("svc0/big.json", four.walk().skipped().get(0).path());
  }

  @Test
  void handOverListsNoFilesButCountsWhatItsSinkHeardWithTheSamePaths() throws IOException {
    write("src/app.py", "a\n");
    write("src/lib/util.py", "b\n");
    write("README.md", "c\n");
    Files.createDirectories(root.resolve("linked"));
    Files.createSymbolicLink(root.resolve("linked/to-src"), root.resolve("src/lib"));
    for (int threads : new int[] {1, 2}) {
      Walk listed = FileWalker.walk(root, WalkOptions.defaults(), threads, (f, open) -> {});
      Map<String, WalkedFile> heard = new ConcurrentHashMap<>();
      Walk handed =
          FileWalker.handOver(
              root, WalkOptions.defaults(), threads, (f, open) -> heard.put(f.path(), f));
      assertEquals(List.of(), handed.files());
      assertEquals(listed.fileCount(), handed.fileCount());
      assertEquals(listed.files().size(), handed.fileCount());
      for (WalkedFile f : listed.files()) {
        WalkedFile h = heard.get(f.path());
        assertEquals(f, h, f.path());
        // The path is built from the folder and the name: the same as the listing's own.
        assertEquals(root.resolve(f.path()), h.absolutePath());
        assertEquals(f.hashCode(), h.hashCode());
      }
    }
  }

  @Test
  void aWalkedFileNamedAsAWholePathKeepsThatPath() {
    Path p = root.resolve("x/y.py");
    WalkedFile f = new WalkedFile(p, "x/y.py", Language.PYTHON, 3);
    assertEquals(p, f.absolutePath());
    assertEquals(f, new WalkedFile(p, "x/y.py", Language.PYTHON, 3));
    assertFalse(f.equals(new WalkedFile(p, "x/y.py", Language.PYTHON, 4)));
  }

  @Test
  void linksAreFollowedInTheOrderAOneThreadWalkMeetsThem() throws IOException {
    // Reached only through links (vendored folders are not walked): the first link met wins.
    // A depth-first walk meets a/x before a-b, although "a-b" < "a/x" as strings.
    write("node_modules/pkg/index.py", "x\n");
    Files.createDirectories(root.resolve("a"));
    Files.createSymbolicLink(root.resolve("a/x"), root.resolve("node_modules/pkg"));
    Files.createSymbolicLink(root.resolve("a-b"), root.resolve("node_modules/pkg"));
    for (int threads : new int[] {1, 4}) {
      Seen seen = walk(threads, WalkOptions.defaults());
      assertEquals(
          List.of("a/x/index.py"),
          seen.walk().files().stream().map(WalkedFile::path).toList(),
          threads + " threads");
      assertEquals(Map.of("a/x/index.py", "x\n"), seen.heard());
    }
  }

  @Test
  void fifosInTheTreeAreNeverOpened() throws Exception {
    write("src/app.py", "x\n");
    Path fifo = root.resolve("src/pipe.py");
    Path noExtension = root.resolve("src/deploy");
    for (Path p : List.of(fifo, noExtension)) {
      Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
      assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
    }
    // Opening a FIFO with no writer blocks: a walk that opened one would never end.
    Seen seen =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> walk(2, WalkOptions.defaults()));
    assertEquals(
        List.of("src/app.py"), seen.walk().files().stream().map(WalkedFile::path).toList());
    assertEquals(Map.of("src/app.py", "x\n"), seen.heard());
    assertTrue(seen.walk().unreadable().isEmpty());
  }
}
