package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.apply.GitFixture;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.rules.BuiltinRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-tree golden tests of {@code apply}: a copy of an input tree is rewritten and compared byte
 * for byte with an expected tree; the {@code --dry-run} patch, applied by the real {@code git
 * apply} to another copy, must give the same tree; and a second {@code apply} must change nothing.
 * Run with {@code -Dgolden.update=true} to rewrite the expected trees (then review the diff).
 */
class GoldenApplyTest {
  private static final Path FIXTURE = Path.of("src/test/resources/golden/apply");
  private static final Path SAMPLES = Path.of("samples");
  private static final Path SAMPLES_EXPECTED = Path.of("src/test/resources/golden/samples-applied");

  @TempDir Path tmp;

  /**
   * The apply machinery over a fixed fixture, with the stand-in scan (independent of the real
   * rules).
   */
  @Test
  void fixtureTree() throws IOException {
    goldenCase(FIXTURE.resolve("input"), FIXTURE.resolve("expected"), new FakeScan(), 3);
  }

  /**
   * The shipped samples with the real scanner and built-in rules. A missing samples/ folder or
   * expected tree fails the build (it must not pass by skipping). When a rule's rewrite changes on
   * purpose, regenerate with {@code -Dtest=GoldenApplyTest -Dgolden.update=true} and review the
   * diff of the expected tree.
   */
  @Test
  void samplesWithTheRealRules() throws IOException {
    assertTrue(Files.isDirectory(SAMPLES), "no samples/ folder: " + SAMPLES);
    assertFalse(BuiltinRules.all().isEmpty(), "no built-in rules");
    assertTrue(
        GoldenTrees.updating() || Files.isDirectory(SAMPLES_EXPECTED),
        "no expected tree: " + SAMPLES_EXPECTED + " (regenerate with -Dgolden.update=true)");
    goldenCase(SAMPLES, SAMPLES_EXPECTED, null, -1);
  }

  /**
   * @param scan the scan behind apply, or null for the real one
   * @param expectedCode the exit code apply must give, or -1 for 0 or 3 (files left untouched)
   */
  private void goldenCase(
      Path input, Path expected, Function<ScanRequest, MigrationResult> scan, int expectedCode)
      throws IOException {
    Path applied = tmp.resolve("applied");
    GoldenTrees.copy(input, applied);
    ApplyRun first = run(applied, scan);
    assertTrue(
        expectedCode < 0 ? first.code() == 0 || first.code() == 3 : first.code() == expectedCode,
        () -> "exit " + first.code() + "\n" + first.out() + first.err());
    if (GoldenTrees.updating()) {
      GoldenTrees.replace(applied, expected);
    }
    GoldenTrees.assertSame(expected, applied);

    Path patched = tmp.resolve("patched");
    GoldenTrees.copy(input, patched);
    GitFixture.commitAll(patched);
    ApplyRun dry = run(patched, scan, "--dry-run");
    assertEquals(first.code(), dry.code(), dry.err());
    GitFixture.ok(patched, dry.out(), "apply", "--whitespace=nowarn", "-");
    GoldenTrees.assertSame(expected, patched);

    ApplyRun second = run(applied, scan);
    assertTrue(second.out().startsWith("No files changed.\n"), second.out());
    GoldenTrees.assertSame(expected, applied);
  }

  private static ApplyRun run(
      Path root, Function<ScanRequest, MigrationResult> scan, String... args) {
    if (scan != null) {
      return ApplyRun.apply(root, scan, args);
    }
    Environment env =
        Environment.forTest(
            root, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] full = new String[args.length + 2];
    full[0] = "apply";
    full[1] = "--allow-dirty";
    System.arraycopy(args, 0, full, 2, args.length);
    int code = new Migrate(env).run(new PrintWriter(out), new PrintWriter(err), full);
    return new ApplyRun(code, out.toString(), err.toString());
  }
}
