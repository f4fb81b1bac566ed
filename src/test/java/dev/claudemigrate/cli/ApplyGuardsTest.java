package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.apply.GitFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guards of {@code migrate apply}, run with the real scanner and rules on real git trees. */
class ApplyGuardsTest {
  static final String OLD = "anthropic.claude-3-5-sonnet-20241022-v2:0";
  static final String NEW = "us.anthropic.claude-sonnet-4-6";

  @TempDir Path tmp;

  private static CliRun migrate(Path dir, String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  private static String source(String note) {
    return "import boto3\nMODEL = \"" + OLD + "\"  # " + note + "\n";
  }

  @Test
  void aModifiedFileInsideANestedRepositoryIsNotOverwritten() throws IOException {
    Path outer = Files.createDirectories(tmp.resolve("outer"));
    Files.writeString(outer.resolve("top.py"), "x = 1\n");
    GitFixture.commitAll(outer);
    Path inner = Files.createDirectories(outer.resolve("embedded"));
    Files.writeString(inner.resolve("app.py"), source("committed"));
    GitFixture.commitAll(inner);
    Files.writeString(inner.resolve("app.py"), source("work in progress"));

    CliRun run = migrate(outer, "apply", "--profile-prefix", "us");
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err().contains("embedded/app.py: has uncommitted changes in git (modified)"),
        run.err());
    assertEquals(source("work in progress"), Files.readString(inner.resolve("app.py")));
  }

  @Test
  void aModifiedFileInsideASubmoduleIsNotOverwritten() throws IOException {
    Path sub = Files.createDirectories(tmp.resolve("sub"));
    Files.writeString(sub.resolve("app.py"), source("committed"));
    GitFixture.commitAll(sub);
    Path outer = Files.createDirectories(tmp.resolve("outer"));
    Files.writeString(outer.resolve("top.py"), "x = 1\n");
    GitFixture.commitAll(outer);
    GitFixture.ok(
        outer,
        null,
        "-c",
        "protocol.file.allow=always",
        "submodule",
        "add",
        "-q",
        sub.toString(),
        "submod");
    GitFixture.ok(outer, null, "commit", "-q", "-m", "add submodule");
    Files.writeString(outer.resolve("submod/app.py"), source("work in progress"));

    CliRun run = migrate(outer, "apply", "--profile-prefix", "us");
    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.err().contains("submod/app.py: has uncommitted changes in git (modified)"), run.err());
    assertEquals(source("work in progress"), Files.readString(outer.resolve("submod/app.py")));
  }

  @Test
  void aBackslashInAFileNameIsAFileNameNotAFolder() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.writeString(repo.resolve("a\\b.py"), source("committed"));
    GitFixture.commitAll(repo);
    Files.writeString(repo.resolve("a\\b.py"), source("work in progress"));
    CliRun refused = migrate(repo, "apply", "--profile-prefix", "us");
    assertEquals(2, refused.code(), refused.out() + refused.err());
    assertTrue(refused.err().contains("has uncommitted changes in git (modified)"), refused.err());

    GitFixture.ok(repo, null, "commit", "-q", "-am", "wip");
    CliRun patch = migrate(repo, "apply", "--profile-prefix", "us", "--patch", "../p.diff");
    assertEquals(0, patch.code(), patch.err());
    GitFixture.ok(repo, null, "apply", tmp.resolve("p.diff").toString());
    assertEquals(
        source("work in progress").replace(OLD, NEW), Files.readString(repo.resolve("a\\b.py")));
  }

  @Test
  void aReadOnlyFileIsSkippedWithOneLineAndExitThreeUnlessAllowed() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("ro"));
    Path locked = Files.writeString(dir.resolve("locked.py"), source("x"));
    Path open = Files.writeString(dir.resolve("open.py"), source("y"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));

    CliRun run = migrate(dir, "apply", "--profile-prefix", "us");
    assertEquals(3, run.code(), run.err());
    assertEquals(
        1, run.errCount("locked.py: read-only (r--r--r--); not written (pass --allow-read-only)"));
    assertEquals(source("x"), Files.readString(locked));
    assertEquals(source("y").replace(OLD, NEW), Files.readString(open));

    CliRun allowed = migrate(dir, "apply", "--profile-prefix", "us", "--allow-read-only");
    assertEquals(0, allowed.code(), allowed.err());
    assertEquals(source("x").replace(OLD, NEW), Files.readString(locked));
    assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(locked)));
  }

  @Test
  void applyOutsideGitSaysTheSafetyCheckIsOff() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("plain"));
    Files.writeString(dir.resolve("app.py"), source("x"));
    CliRun run = migrate(dir, "apply", "--profile-prefix", "us");
    assertEquals(0, run.code(), run.err());
    assertEquals(
        1,
        run.errCount("not in a git work tree: the check for uncommitted work is off"),
        run.err());
    CliRun dry = migrate(dir, "apply", "--dry-run");
    assertEquals(0, dry.errCount("check for uncommitted work"), dry.err());
  }
}
