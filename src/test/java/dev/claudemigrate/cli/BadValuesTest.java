package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad value is one line naming it and the values allowed, exit 2, before anything is read. */
class BadValuesTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "--profile-prefix xx; migrate scan: --profile-prefix 'xx': Claude Sonnet 4 has no such"
            + " inference profile (choose apac, eu, global, us)",
        "--region mars-1; migrate scan: --region 'mars-1': not an AWS region name (like us-east-1)",
        "--text-editor-version 2024; migrate scan: --text-editor-version '2024': not a text-editor"
            + " tool type of Claude Sonnet 4 (choose text_editor_20250429, text_editor_20250728)",
        "--threads 0; migrate scan: --threads 0: must be at least 1",
        "--include [; migrate scan: --include '[': not a valid glob",
        "--max-file-size 0; migrate scan: --max-file-size 0: must be at least 1 (MiB)",
      })
  void eachBadValueIsOneLineWithTheAllowedValues(String args, String message) throws IOException {
    Files.writeString(dir.resolve("a.py"), "x = 1\n");
    String[] split = args.split(" ");
    String[] all = new String[split.length + 3];
    all[0] = "scan";
    all[1] = "--to";
    all[2] = "sonnet-4";
    System.arraycopy(split, 0, all, 3, split.length);
    CliRun run = CliRun.run(dir, Map.of(), all);
    assertEquals(2, run.code(), run.err());
    assertEquals(
        message,
        run.err()
            .lines()
            .filter(l -> !l.contains("warning:") && !l.startsWith("migrate: target "))
            .findFirst()
            .orElse(""));
  }

  @Test
  void failOnNeverIsAcceptedInTheConfigAsOnTheCommandLine() throws IOException {
    Files.writeString(dir.resolve("a.py"), "M = 'anthropic.claude-3-5-sonnet-20241022-v2:0'\n");
    Files.writeString(dir.resolve(".claude-migrate.yml"), "failOn: never\n");
    CliRun run = CliRun.run(dir, Map.of(), "scan", "--to", "sonnet-4.5");
    assertEquals(0, run.code(), run.out() + run.err());
    assertEquals(0, CliRun.run(dir, Map.of(), "scan", "--fail-on", "never").code());
  }
}
