package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help offers only what the commands accept: every value that any {@code --help} lists for an
 * option (formats, levels, targets, checks) is run through its command, and none is refused.
 */
class HelpValuesTest {
  @TempDir Path dir;

  /**
   * Arguments that make each command cheap and offline, so that only the value under test varies.
   */
  private Map<String, List<String>> baseArgs() throws IOException {
    Path tree = dir.resolve("tree");
    Files.createDirectories(tree);
    Files.writeString(
        tree.resolve("app.py"), "MODEL = \"anthropic.claude-3-5-sonnet-20241022-v2:0\"\n");
    Path samples = Path.of("samples").toAbsolutePath();
    return Map.of(
        "scan", List.of(tree.toString()),
        "apply", List.of(tree.toString(), "--check"),
        "models", List.of(),
        // No credentials: doctor stops at its first check (exit 3) once the value is accepted.
        "doctor", List.of("--region", "us-east-1"),
        "rules", List.of(),
        "smoke",
            List.of(
                "--replay",
                samples.resolve("smoke/recording.jsonl").toString(),
                "--region",
                "us-east-1",
                "--guardrail-id",
                "gr-sample",
                "--guardrail-version",
                "1"),
        "eval",
            List.of(
                "--dataset",
                samples.resolve("eval/dataset.jsonl").toString(),
                "--baseline",
                EvalSampleRecordingTest.BASELINE,
                "--candidate",
                EvalSampleRecordingTest.CANDIDATE,
                "--replay",
                samples.resolve("eval/recording.jsonl").toString(),
                "--region",
                "us-east-1",
                "--out",
                dir.resolve("eval-out").toString(),
                "--overwrite"));
  }

  @Test
  void everyValueAnyHelpOffersIsAccepted() throws IOException {
    Map<String, List<String>> base = baseArgs();
    CommandLine root = new Migrate(env()).commandLine();
    int tried = 0;
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      for (OptionSpec option : sub.getValue().getCommandSpec().options()) {
        if (option.completionCandidates() == null || option.arity().max() == 0) {
          continue;
        }
        String command = sub.getKey();
        assertTrue(base.containsKey(command), "no offline arguments for '" + command + "'");
        for (String value : option.completionCandidates()) {
          List<String> args = new ArrayList<>(List.of(command));
          args.addAll(base.get(command));
          args.addAll(List.of(option.longestName(), value));
          CliRun run = CliRun.run(dir, CliRun.nothing(dir), args.toArray(String[]::new));
          String what = String.join(" ", args) + "\n" + run.err();
          assertNotEquals(ExitCode.USAGE.code(), run.code(), what);
          assertFalse(run.err().contains("unknown"), what);
          tried++;
        }
      }
    }
    assertTrue(tried >= 20, "only " + tried + " values tried");
  }

  @Test
  void modelsHelpOffersOnlyTheFormatsItAccepts() {
    CliRun help = CliRun.run(dir, Map.of(), "models", "--help");
    assertTrue(help.out().contains("Output format: text, json (default: text)."), help.out());
    assertFalse(help.out().contains("sarif") || help.out().contains("markdown"), help.out());
    CliRun sarif = CliRun.run(dir, Map.of(), "models", "--format", "sarif");
    assertEquals(ExitCode.USAGE.code(), sarif.code());
    assertTrue(sarif.err().contains("unknown value 'sarif' (choose text, json)"), sarif.err());
  }

  @Test
  void scanHelpDoesNotSayScanRewrites() {
    String help = CliRun.run(dir, Map.of(), "scan", "--help").out();
    String includeDocs = help.substring(help.indexOf("--include-docs"));
    includeDocs = includeDocs.substring(0, includeDocs.indexOf("\n      --", 1));
    assertFalse(includeDocs.contains("rewrite"), includeDocs);
    assertTrue(help.contains("Output format: text, json, sarif, markdown"), help);
  }

  private Environment env() {
    return new Environment(dir, CliRun.nothing(dir), CliRun.CLOCK, false);
  }
}
