package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scan command's options, output and exit codes, through its scanner seam. */
class ScanCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir Path dir;

  private Environment env(String date) {
    return Environment.forTest(dir, ScanFixtures.clock(date));
  }

  private CliRun scan(ScanFixtures.FakeScanner fake, String date, String... args) {
    return CliRun.command(env(date), new ScanCommand(env(date), ScanFixtures.rules(), fake), args);
  }

  private static ScanFixtures.FakeScanner finding(Severity... severities) {
    return new ScanFixtures.FakeScanner(List.of(severities), List.of());
  }

  @ParameterizedTest(name = "{0} findings with --fail-on {1} -> {2}")
  @CsvSource({
    "ERROR, '', 1",
    "WARNING, '', 0",
    "INFO, '', 0",
    "WARNING, warning, 1",
    "INFO, warning, 0",
    "INFO, info, 1",
    "ERROR, never, 0",
    "NONE, info, 0"
  })
  void exitCodeFollowsFailOn(String severity, String failOn, int expected) {
    ScanFixtures.FakeScanner fake =
        severity.equals("NONE") ? finding() : finding(Severity.valueOf(severity));
    String[] args = failOn.isEmpty() ? new String[0] : new String[] {"--fail-on", failOn};
    assertEquals(expected, scan(fake, "2025-06-01", args).code());
  }

  @Test
  void textReportShowsFindingWithCaretAndTotal() {
    CliRun run = scan(finding(Severity.ERROR), "2025-06-01");
    assertEquals(1, run.code());
    assertTrue(run.out().contains("app.py:1:10: error [model-id] retired error"), run.out());
    assertTrue(
        run.out().contains("  | " + " ".repeat(9) + "^".repeat(ScanFixtures.OLD.length())),
        run.out());
    assertTrue(
        run.out()
            .endsWith(
                "1 finding (1 error, 0 warnings, 0 info) in 1 file; 1 fixable by 'migrate apply'\n"),
        run.out());
    assertTrue(
        run.err()
            .startsWith(
                "migrate: target sonnet-4.6 (Claude Sonnet 4.6, active): default: newest active"
                    + " Claude Sonnet 4.x on 2025-06-01; pin with --to or to: in .claude-migrate.yml\n"),
        run.err());
    assertEquals("", run.errAfterTarget());
  }

  @Test
  void unreadableFilesExitThreeAndStillReportTheRest() throws IOException {
    var fake =
        new ScanFixtures.FakeScanner(
            List.of(Severity.ERROR), List.of(new FileError("bad.json", "not valid UTF-8")));
    CliRun run = scan(fake, "2025-06-01", "--format", "json");
    assertEquals(3, run.code());
    JsonNode doc = MAPPER.readTree(run.out());
    assertEquals(1, doc.get("findings").size());
    assertEquals("bad.json", doc.at("/errors/0/path").asText());
    assertEquals("migrate scan: bad.json: not valid UTF-8\n", run.errAfterTarget());
  }

  @Test
  void outputFileIsWrittenWholeAndStdoutStaysEmpty() throws IOException {
    Files.writeString(dir.resolve("report.sarif"), "old content");
    CliRun run =
        scan(
            finding(Severity.WARNING),
            "2025-06-01",
            "--format",
            "SARIF",
            "--output",
            "report.sarif");
    assertEquals(0, run.code());
    assertEquals("", run.out());
    JsonNode sarif = MAPPER.readTree(dir.resolve("report.sarif").toFile());
    assertEquals("warning", sarif.at("/runs/0/results/0/level").asText());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("report.sarif"),
          files.map(p -> p.getFileName().toString()).toList(),
          "no temporary file left");
    }
  }

  @Test
  void outputIntoAMissingFolderIsOneLineAndExitTwo() {
    CliRun run =
        scan(finding(Severity.ERROR), "2025-06-01", "-o", "nowhere/r.json", "--format", "json");
    assertEquals(2, run.code());
    assertEquals(
        "migrate scan: nowhere/r.json: cannot write the report: "
            + dir.resolve("nowhere")
            + ": no such folder",
        run.errAfterTarget().strip());
  }

  @Test
  void quietPrintsNothingButKeepsTheExitCode() {
    CliRun run = scan(finding(Severity.ERROR), "2026-11-26", "--quiet");
    assertEquals(1, run.code());
    assertEquals("", run.out());
    assertEquals("", run.err());
  }

  @Test
  void markdownReportForPullRequests() {
    CliRun run =
        scan(finding(Severity.ERROR, Severity.WARNING), "2025-06-01", "--format", "markdown");
    assertTrue(
        run.out().startsWith("## claude-migrate: 2 findings for target `sonnet-4.6`"), run.out());
    assertTrue(run.out().contains("[app.py:1](app.py#L1)"), run.out());
  }

  @Test
  void optionsReachTheScanRequest() throws IOException {
    Files.createDirectories(dir.resolve("src"));
    ScanFixtures.FakeScanner fake = finding();
    scan(
        fake,
        "2025-06-01",
        "src",
        "--to",
        "sonnet-4.5",
        "--exclude",
        "gen/**",
        "--skip-rules",
        "beta-header",
        "--region",
        "eu-west-1");
    var request = fake.requests.get(0);
    assertEquals(dir.resolve("src"), request.root());
    assertEquals("sonnet-4.5", request.target().name());
    assertEquals(List.of("gen/**"), request.excludes());
    assertEquals(Set.of("beta-header"), request.disabledRules());
    assertEquals("eu-west-1", request.settings().region().orElseThrow());
    assertTrue(request.settings().profilePrefix().isEmpty(), "the region decides per target");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "--to nope; migrate scan: unknown target 'nope' (known: sonnet-4, sonnet-4.5, sonnet-4.6)",
        "--fail-on sometimes; migrate scan: --fail-on: unknown level 'sometimes' (error, warning, info, never)",
        "--rules model-idd; migrate scan: unknown rule 'model-idd' (known: model-id, beta-header)",
        "missing-folder; migrate scan: DIR/missing-folder: no such file or folder",
        "--catalog nope.yaml; migrate scan: DIR/nope.yaml: no such file",
      })
  void badInputIsOneLineAndExitTwoWithoutScanning(String args, String message) {
    ScanFixtures.FakeScanner fake = finding(Severity.ERROR);
    CliRun run = scan(fake, "2025-06-01", args.split(" "));
    assertEquals(2, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertEquals(message.replace("DIR", dir.toString()), run.err().strip());
    assertTrue(fake.requests.isEmpty(), "no scan after bad input");
  }

  @Test
  void lifecycleWarningOnceOnStderrAndInMachineFormats() throws IOException {
    CliRun run =
        scan(finding(Severity.ERROR), "2026-11-26", "--format", "json", "--to", "sonnet-4");
    assertTrue(
        run.err()
            .startsWith("migrate: target sonnet-4 (Claude Sonnet 4, end of life): from --to\n"),
        run.err());
    assertEquals(
        1,
        run.errCount(
            "migrate: warning: target sonnet-4 (Claude Sonnet 4) reached end of life on Bedrock on"
                + " 2026-10-14: calls fail; newest active: --to sonnet-4.6"
                + " (https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html)"),
        run.err());
    assertEquals(2, run.err().lines().count(), "one short warning line: " + run.err());
    JsonNode warnings = MAPPER.readTree(run.out()).get("warnings");
    assertEquals(1, warnings.size());
    assertTrue(
        warnings
            .get(0)
            .asText()
            .startsWith("target sonnet-4 (Claude Sonnet 4) reached end of life"));
  }

  @ParameterizedTest(name = "terminal={0} NO_COLOR={1} --output={2} -> colour {3}")
  @CsvSource({
    "true, false, false, true",
    "true, true, false, false",
    "false, false, false, false",
    "true, false, true, false"
  })
  void colourOnlyOnATerminalWithoutNoColor(
      boolean terminal, boolean noColor, boolean toFile, boolean colour) throws IOException {
    Environment env =
        new Environment(
            dir,
            noColor ? Map.of("NO_COLOR", "1") : Map.of(),
            ScanFixtures.clock("2025-06-01"),
            terminal);
    String[] args = toFile ? new String[] {"-o", "r.txt"} : new String[0];
    CliRun run =
        CliRun.command(
            env, new ScanCommand(env, ScanFixtures.rules(), finding(Severity.ERROR)), args);
    String report = toFile ? Files.readString(dir.resolve("r.txt")) : run.out();
    assertTrue(report.contains("retired error"), report);
    assertEquals(colour, report.contains("\u001b["), report);
  }

  @Test
  void noLifecycleWarningWhileTheTargetIsActive() {
    CliRun run = scan(finding(Severity.ERROR), "2025-06-01");
    assertEquals(0, run.errCount("warning"), run.err());
  }
}
