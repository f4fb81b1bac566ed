package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test: {@code migrate scan samples/} reports every planted finding of
 * {@code expected-findings.tsv} and nothing on a trap line, and its JSON and SARIF agree.
 */
class SamplesScanTest {
  private static final Path MANIFESTS = Path.of("src/test/resources/samples");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliRun scan(String format) {
    Environment env = Environment.forTest(Path.of("").toAbsolutePath(), CliRun.CLOCK);
    return CliRun.migrate(env, "scan", "samples", "--format", format, "--fail-on", "never");
  }

  /** {@code path:line:rule} of each manifest row (columns path, line, rule, note). */
  private static Set<String> manifest(String name, boolean withRule) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String row : Files.readAllLines(MANIFESTS.resolve(name), StandardCharsets.UTF_8)) {
      String[] c = row.split("\t");
      if (c.length >= 3) {
        out.add(c[0] + ":" + c[1] + (withRule ? ":" + c[2] : ""));
      }
    }
    return out;
  }

  @Test
  void scanOfSamplesReportsEveryPlantedFindingAndNoTrap() throws IOException {
    CliRun run = scan("json");
    assertEquals(0, run.code(), run.err());
    Set<String> found = new TreeSet<>();
    Set<String> foundLines = new TreeSet<>();
    for (JsonNode f : JSON.readTree(run.out()).path("findings")) {
      found.add(
          f.path("path").asText() + ":" + f.path("line").asInt() + ":" + f.path("ruleId").asText());
      foundLines.add(f.path("path").asText() + ":" + f.path("line").asInt());
    }
    Set<String> expected = manifest("expected-findings.tsv", true);
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(found);
    Set<String> unexpected = new TreeSet<>(found);
    unexpected.removeAll(expected);
    assertTrue(missing.isEmpty(), "planted findings not reported: " + missing);
    assertTrue(unexpected.isEmpty(), "reported but not planted: " + unexpected);
    Set<String> trapsHit = new TreeSet<>(manifest("traps.tsv", false));
    trapsHit.retainAll(foundLines);
    assertTrue(trapsHit.isEmpty(), "traps reported: " + trapsHit);
  }

  @Test
  void jsonAndSarifOfTheSamplesAgree() throws IOException {
    Set<String> fromJson = new TreeSet<>();
    for (JsonNode f : JSON.readTree(scan("json").out()).path("findings")) {
      fromJson.add(
          f.path("ruleId").asText()
              + " "
              + f.path("path").asText()
              + ":"
              + f.path("line").asInt()
              + ":"
              + f.path("column").asInt());
    }
    Set<String> fromSarif = new TreeSet<>();
    for (JsonNode r : JSON.readTree(scan("sarif").out()).path("runs").get(0).path("results")) {
      JsonNode loc = r.path("locations").get(0).path("physicalLocation");
      fromSarif.add(
          r.path("ruleId").asText()
              + " "
              + loc.path("artifactLocation").path("uri").asText()
              + ":"
              + loc.path("region").path("startLine").asInt()
              + ":"
              + loc.path("region").path("startColumn").asInt());
    }
    assertTrue(fromJson.size() > 40, "samples plant over 40 findings: " + fromJson.size());
    assertEquals(fromJson, fromSarif);
  }
}
