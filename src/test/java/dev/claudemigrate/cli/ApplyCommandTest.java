package dev.claudemigrate.cli;

import static dev.claudemigrate.cli.FakeScan.NEW_ID;
import static dev.claudemigrate.cli.FakeScan.OLD_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.apply.GitFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCommandTest {
  @TempDir Path tmp;

  private Path project(String name) throws IOException {
    Path root = tmp.resolve(name);
    Files.createDirectories(root.resolve("app"));
    Files.writeString(
        root.resolve("app/client.py"),
        "import boto3\n\nMODEL = '" + OLD_ID + "'\nPROMPT = 'think step by step'\n");
    Files.writeString(
        root.resolve("app/config.yaml"), "model: " + OLD_ID + "\r\nregion: us-east-1\r\n");
    Files.writeString(root.resolve("app/plain.ts"), "export const x = 1;\n");
    return root;
  }

  private static ApplyRun apply(Path root, String... args) {
    return ApplyRun.apply(root, new FakeScan(), args);
  }

  @Test
  void writesChangesAndReportsWhatIsLeftAndASecondRunChangesNothing() throws IOException {
    Path root = project("p");
    ApplyRun run = apply(root);
    assertEquals(0, run.code(), run.err());
    assertEquals(
        """
        2 files changed (2 fixes):
          app/client.py: model-id 1
          app/config.yaml: model-id 1
        Fixes by rule: model-id 2

        1 finding left for a person:
          app/client.py:4:11: [prompt-style] chain-of-thought wording
              why: review the prompt for Claude 4
        """,
        run.out());
    assertEquals(
        "model: " + NEW_ID + "\r\nregion: us-east-1\r\n",
        Files.readString(root.resolve("app/config.yaml")));
    Map<String, byte[]> after = GoldenTrees.read(root);
    ApplyRun again = apply(root);
    assertEquals(0, again.code());
    assertTrue(again.out().startsWith("No files changed.\n"), again.out());
    GoldenTrees.assertSame(after, GoldenTrees.read(root));
  }

  @Test
  void checkExitsOneWhilePendingAndZeroAfterApply() throws IOException {
    Path root = project("p");
    Map<String, byte[]> before = GoldenTrees.read(root);
    ApplyRun check = apply(root, "--check");
    assertEquals(1, check.code());
    assertTrue(check.out().startsWith("2 files would change (2 fixes):"), check.out());
    assertTrue(check.err().contains("changes pending"), check.err());
    GoldenTrees.assertSame(before, GoldenTrees.read(root));
    assertEquals(0, apply(root).code());
    ApplyRun clean = apply(root, "--check");
    assertEquals(0, clean.code(), clean.out() + clean.err());
    assertTrue(clean.out().startsWith("No changes pending."));
  }

  @Test
  void dryRunPatchAppliedWithGitYieldsTheSameTreeAsApply() throws IOException {
    Path viaGit = project("git");
    Path viaApply = project("apply");
    GitFixture.commitAll(viaGit);
    ApplyRun dry = apply(viaGit, "--dry-run");
    assertEquals(0, dry.code(), dry.err());
    assertTrue(dry.out().startsWith("diff --git a/app/client.py b/app/client.py\n"), dry.out());
    assertTrue(
        Files.readString(viaGit.resolve("app/client.py")).contains(OLD_ID),
        "dry run must change nothing");
    GitFixture.ok(viaGit, dry.out(), "apply", "-");
    assertEquals(0, apply(viaApply).code());
    GoldenTrees.assertSame(viaApply, viaGit);
  }

  @Test
  void patchOptionWritesTheDiffToAFileAndTheSummaryToStdout() throws IOException {
    Path root = project("p");
    ApplyRun run = apply(root, "--patch", "../out.patch");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("2 files would change"), run.out());
    assertTrue(Files.readString(tmp.resolve("out.patch")).contains("+model: " + NEW_ID + "\r\n"));
    assertTrue(Files.readString(root.resolve("app/client.py")).contains(OLD_ID));
  }

  @Test
  void aRetiredTargetWritesNothingUnlessAllowed() throws IOException {
    Path root = project("p");
    ApplyRun refused = ApplyRun.applyOn("2026-12-03", root, new FakeScan(), "--to", "sonnet-4");
    assertEquals(2, refused.code(), refused.err());
    assertTrue(
        refused
            .err()
            .startsWith("migrate: target sonnet-4 (Claude Sonnet 4, end of life): from --to\n"),
        refused.err());
    assertTrue(refused.err().contains("migrate apply: nothing written"), refused.err());
    assertTrue(refused.err().contains("--allow-retired-target"), refused.err());
    assertTrue(Files.readString(root.resolve("app/client.py")).contains(OLD_ID));
    ApplyRun preview =
        ApplyRun.applyOn("2026-12-03", root, new FakeScan(), "--to", "sonnet-4", "--dry-run");
    assertEquals(0, preview.code(), "a preview writes nothing, so it is allowed: " + preview.err());
    ApplyRun allowed =
        ApplyRun.applyOn(
            "2026-12-03", root, new FakeScan(), "--to", "sonnet-4", "--allow-retired-target");
    assertEquals(0, allowed.code(), allowed.err());
    assertTrue(Files.readString(root.resolve("app/client.py")).contains(NEW_ID));
  }

  @Test
  void refusesFilesWithUncommittedChangesUnlessAllowed() throws IOException {
    Path root = project("p");
    GitFixture.commitAll(root);
    Files.writeString(root.resolve("app/client.py"), "# local edit\n", StandardOpenOption.APPEND);
    ApplyRun refused = apply(root);
    assertEquals(2, refused.code());
    assertTrue(
        refused
            .errAfterTarget()
            .startsWith(
                "app/client.py: has uncommitted changes in git (modified); commit or stash it, or pass --allow-dirty\n"),
        refused.err());
    assertTrue(refused.err().contains("nothing written: 1 of 2 files"), refused.err());
    assertTrue(
        Files.readString(root.resolve("app/config.yaml")).contains(OLD_ID),
        "clean files are not written either");
    ApplyRun allowed = apply(root, "--allow-dirty");
    assertEquals(0, allowed.code(), allowed.err());
    assertTrue(Files.readString(root.resolve("app/client.py")).contains(NEW_ID));
  }

  @Test
  void anInvalidRewriteIsLeftUntouchedReportedAndExitsThree() throws IOException {
    Path root = project("p");
    String broken = "x = BREAK('x')\nM = '" + OLD_ID + "'\n";
    Files.writeString(root.resolve("app/broken.py"), broken);
    ApplyRun run = apply(root, "--report", "report.md");
    assertEquals(3, run.code());
    assertEquals(
        "migrate apply: "
            + root
            + ": not in a git work tree: the check for uncommitted work is off; keep a copy to undo\n"
            + "app/broken.py: the rewritten file would not parse as python; left unchanged\n"
            + "migrate apply: wrote the report to report.md\n",
        run.errAfterTarget());
    assertEquals(broken, Files.readString(root.resolve("app/broken.py")));
    assertTrue(
        Files.readString(root.resolve("app/config.yaml")).contains(NEW_ID),
        "other files are still written");
    String report = Files.readString(root.resolve("report.md"));
    assertTrue(report.contains("| Files with errors | 1 |"), report);
    assertTrue(
        report.contains(
            "- [ ] `app/client.py:4:11` **prompt-style**: chain-of-thought wording. Fix: review the prompt for Claude 4\n"),
        report);
    assertTrue(
        report.contains(
            "- [ ] `app/broken.py:1:5` **breaker**: breaks the file. Fix: not rewritten because"),
        report);
  }

  @Test
  void unreadableFilesMakeTheRunIncompleteAndCheckCanKeepThePatch() throws IOException {
    Path root = project("p");
    Files.write(root.resolve("app/latin1.py"), new byte[] {'x', '=', '"', (byte) 0xe9, '"', '\n'});
    ApplyRun run = apply(root, "--check", "--patch", "../fix.patch", "--report", "../report.md");
    assertEquals(3, run.code(), "incomplete outranks pending");
    assertTrue(run.err().contains("app/latin1.py: cannot read: "), run.err());
    assertTrue(
        Files.readString(tmp.resolve("fix.patch"))
            .startsWith("diff --git a/app/client.py b/app/client.py\n"));
    String report = Files.readString(tmp.resolve("report.md"));
    assertTrue(report.contains("The changes below are pending (nothing was written)."), report);
    assertTrue(report.contains("| Files to change | 2 |"), report);
    assertTrue(report.contains("- `app/latin1.py`: cannot read: "), report);
    assertTrue(Files.readString(root.resolve("app/client.py")).contains(OLD_ID));
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path root = project("p");
    ApplyRun target = apply(root, "--to", "gpt-5");
    assertEquals(2, target.code());
    assertTrue(target.err().startsWith("migrate apply: unknown target 'gpt-5'"), target.err());
    ApplyRun path = apply(root, "missing");
    assertEquals(2, path.code());
    assertTrue(path.err().contains("missing: no such file or folder"), path.err());
    assertEquals(2, apply(root, "--no-such-option").code());
  }
}
