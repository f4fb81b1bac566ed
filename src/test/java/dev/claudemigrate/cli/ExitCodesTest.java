package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exceptions become exit codes in one place, with one line each; a bug says it is one. */
class ExitCodesTest {
  @TempDir Path dir;

  @Test
  void eachKindOfFailureHasItsCode() {
    assertEquals(ExitCode.USAGE, ExitCodes.of(new ConfigException("bad")));
    assertEquals(ExitCode.USAGE, ExitCodes.of(new IllegalArgumentException("bad value")));
    assertEquals(ExitCode.INCOMPLETE, ExitCodes.of(new IOException("No space left on device")));
    assertEquals(
        ExitCode.INCOMPLETE, ExitCodes.of(new UncheckedIOException(new IOException("disk full"))));
    assertEquals(ExitCode.BUG, ExitCodes.of(new NullPointerException()));
    assertEquals(ExitCode.BUG, ExitCodes.of(new IllegalStateException("oops")));
    assertEquals(70, ExitCode.BUG.code());
  }

  @Test
  void aBugInApplyIsOneLineWithItsOwnExitCode() {
    ApplyRun run =
        ApplyRun.apply(
            dir,
            request -> {
              throw new NullPointerException(
                  "Cannot invoke \"Object.toString()\" because x is null");
            });
    assertEquals(70, run.code(), run.err());
    assertEquals(
        "migrate apply: internal error (a bug; please report it, with the output of --debug):"
            + " NullPointerException: Cannot invoke \"Object.toString()\" because x is null\n",
        run.errAfterTarget());
  }

  @Test
  void debugPrintsTheStackTrace() {
    ApplyRun run =
        ApplyRun.apply(
            dir,
            request -> {
              throw new IllegalStateException("boom");
            },
            "--debug");
    assertEquals(70, run.code());
    assertTrue(run.err().contains("\tat "), run.err());
  }

  @Test
  void anIoFailureIsIncompleteNotUsage() {
    ApplyRun run =
        ApplyRun.apply(
            dir,
            request -> {
              throw new UncheckedIOException(new IOException("No space left on device"));
            });
    assertEquals(3, run.code(), run.err());
    assertEquals("migrate apply: No space left on device\n", run.errAfterTarget());
    assertFalse(run.err().contains("\tat "));
  }
}
