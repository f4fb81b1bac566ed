package dev.claudemigrate.engine.apply;

import static dev.claudemigrate.engine.apply.Fixtures.NEW_ID;
import static dev.claudemigrate.engine.apply.Fixtures.OLD_ID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchRendererTest {
  @TempDir Path tmp;

  private static final Map<String, byte[]> TREE = new LinkedHashMap<>();

  static {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    TREE.put(
        "app/main.py",
        ("import boto3\n\nM = '" + OLD_ID + "'\n\n\n\n\n\nN = \"" + OLD_ID + "\"\n")
            .getBytes(StandardCharsets.UTF_8));
    TREE.put(
        "app/config.yaml",
        ("a: 1\r\nmodel: " + OLD_ID + "\r\nb: 2\r\n").getBytes(StandardCharsets.UTF_8));
    TREE.put("app/last.ts", ("const m = '" + OLD_ID + "';").getBytes(StandardCharsets.UTF_8));
    TREE.put(
        "app/with space.json", ("{\"m\": \"" + OLD_ID + "\"}\n").getBytes(StandardCharsets.UTF_8));
    TREE.put("app/été.py", ("M = '" + OLD_ID + "'\n").getBytes(StandardCharsets.UTF_8));
    byte[] text = ("model: " + OLD_ID + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(text, 0, withBom, 3, text.length);
    TREE.put("app/bom.yml", withBom);
  }

  private static void writeTree(Path root) throws IOException {
    for (Map.Entry<String, byte[]> e : TREE.entrySet()) {
      Files.createDirectories(root.resolve(e.getKey()).getParent());
      Files.write(root.resolve(e.getKey()), e.getValue());
    }
  }

  /** The model-id rewrite of every file under {@code scanRoot}, read from disk. */
  private static ApplyPlan plan(Path scanRoot) throws IOException {
    List<FileReport> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(scanRoot)) {
      for (Path p :
          s.filter(Files::isRegularFile)
              .filter(p -> !p.toString().contains(".git"))
              .sorted()
              .toList()) {
        SourceFile f = Fixtures.read(scanRoot, scanRoot.relativize(p).toString());
        files.add(new FileReport(f, Fixtures.modelIds(f)));
      }
    }
    return new ApplyPlanner().plan(Fixtures.result(scanRoot, files));
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String rel : TREE.keySet()) {
      out.put(rel, Files.readAllBytes(root.resolve(rel)));
    }
    return out;
  }

  private static void assertSameTree(Map<String, byte[]> a, Map<String, byte[]> b) {
    assertEquals(a.keySet(), b.keySet());
    a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
  }

  @Test
  void dryRunPatchAppliedByGitGivesTheSameBytesAsApply() throws IOException {
    Path viaGit = tmp.resolve("git");
    Path viaApply = tmp.resolve("apply");
    writeTree(viaGit);
    writeTree(viaApply);
    GitFixture.commitAll(viaGit);
    // Scan only a subfolder: patch paths must still be relative to the work tree's top.
    ApplyPlan plan = plan(viaGit.resolve("app"));
    assertEquals(TREE.size(), plan.changes().size());
    PatchRenderer.Rendered patch =
        new PatchRenderer(GitWorkTree.patchBase(viaGit.resolve("app"))).render(plan.changes());
    assertTrue(patch.skipped().isEmpty());
    GitFixture.ok(viaGit, patch.patch(), "apply", "--check", "-");
    GitFixture.ok(viaGit, patch.patch(), "apply", "-");
    new ApplyWriter().write(plan(viaApply.resolve("app")));
    assertSameTree(snapshot(viaApply), snapshot(viaGit));
    assertTrue(
        new String(snapshot(viaGit).get("app/last.ts"), StandardCharsets.UTF_8).contains(NEW_ID));
  }

  @Test
  void outsideARepositoryPathsAreRelativeToTheScanRoot() throws IOException {
    Path root = tmp.resolve("plain");
    writeTree(root);
    ApplyPlan plan = plan(root.resolve("app"));
    String patch =
        new PatchRenderer(GitWorkTree.patchBase(root.resolve("app")))
            .render(plan.changes())
            .patch();
    assertTrue(patch.contains("\n--- a/main.py\n+++ b/main.py\n"), patch);
    GitFixture.ok(root.resolve("app"), patch, "apply", "-");
    String main = Files.readString(root.resolve("app/main.py"));
    assertEquals(TREE.get("app/main.py").length, main.replace(NEW_ID, OLD_ID).length());
    assertTrue(!main.contains(OLD_ID));
  }

  @Test
  void rendersHeadersContextAndMissingFinalNewline() {
    SourceFile f =
        SourceFiles.fromText("x/a.ts", "l1\nl2\nl3\nl4\nl5\nconst m = '" + OLD_ID + "';");
    ApplyPlan plan =
        new ApplyPlanner()
            .plan(Fixtures.result(Path.of("/r"), List.of(new FileReport(f, Fixtures.modelIds(f)))));
    String patch =
        new PatchRenderer(f.absolutePath().getParent().getParent()).render(plan.changes()).patch();
    assertEquals(
        "diff --git a/x/a.ts b/x/a.ts\n--- a/x/a.ts\n+++ b/x/a.ts\n@@ -3,4 +3,4 @@\n l3\n l4\n l5\n"
            + "-const m = '"
            + OLD_ID
            + "';\n\\ No newline at end of file\n"
            + "+const m = '"
            + NEW_ID
            + "';\n\\ No newline at end of file\n",
        patch);
  }

  @Test
  void pathsAreRelativeEvenWhenTheBaseIsReachedThroughASymlink() throws IOException {
    Path real = tmp.resolve("real");
    Files.createDirectories(real.resolve("sub"));
    Files.writeString(real.resolve("sub/a.py"), "M = '" + OLD_ID + "'\n");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    SourceFile f = Fixtures.read(real, "sub/a.py");
    ApplyPlan plan =
        new ApplyPlanner()
            .plan(Fixtures.result(real, List.of(new FileReport(f, Fixtures.modelIds(f)))));
    assertTrue(
        new PatchRenderer(link)
            .render(plan.changes())
            .patch()
            .startsWith("diff --git a/sub/a.py b/sub/a.py\n"));
    SourceFile viaLink = Fixtures.read(link, "sub/a.py");
    ApplyPlan plan2 =
        new ApplyPlanner()
            .plan(
                Fixtures.result(
                    link, List.of(new FileReport(viaLink, Fixtures.modelIds(viaLink)))));
    assertTrue(
        new PatchRenderer(real)
            .render(plan2.changes())
            .patch()
            .startsWith("diff --git a/sub/a.py b/sub/a.py\n"));
    // A file outside the base keeps its path relative to the scan root.
    assertTrue(
        new PatchRenderer(tmp.resolve("elsewhere"))
            .render(plan.changes())
            .patch()
            .startsWith("diff --git a/sub/a.py b/sub/a.py\n"));
  }

  @Test
  void quotesPathsLikeGit() {
    assertEquals("a/plain.py", PatchRenderer.quote("a/plain.py"));
    assertEquals("\"a/\\303\\251t\\303\\251.py\"", PatchRenderer.quote("a/été.py"));
    assertEquals("\"a/q\\\"b\"", PatchRenderer.quote("a/q\"b"));
  }

  @Test
  void utf16FilesAreLeftOutOfThePatchWithAReason() throws IOException {
    byte[] bom = {(byte) 0xff, (byte) 0xfe};
    byte[] body = ("m: " + OLD_ID + "\n").getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[2 + body.length];
    System.arraycopy(bom, 0, all, 0, 2);
    System.arraycopy(body, 0, all, 2, body.length);
    Files.write(tmp.resolve("w.yaml"), all);
    SourceFile f = Fixtures.read(tmp, "w.yaml");
    ApplyPlan plan =
        new ApplyPlanner()
            .plan(Fixtures.result(tmp, List.of(new FileReport(f, Fixtures.modelIds(f)))));
    PatchRenderer.Rendered r = new PatchRenderer(tmp).render(plan.changes());
    assertEquals("", r.patch());
    assertTrue(
        r.skipped()
            .get(0)
            .toString()
            .startsWith("w.yaml: left out of the patch: a text patch cannot hold UTF-16LE"));
  }
}
