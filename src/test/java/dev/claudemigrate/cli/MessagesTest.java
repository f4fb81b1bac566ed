package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message has one shape, {@code migrate COMMAND: path:line: reason}, and no library internals
 * (parser positions, source descriptions, exception class names).
 */
class MessagesTest {
  @TempDir Path dir;

  private static final List<String> INTERNALS =
      List.of("[Source:", "REDACTED", "StreamReadFeature", "'reader'", "Exception", "\tat ");

  private String oneLine(CliRun run) {
    List<String> lines =
        run.err().lines().filter(l -> !l.startsWith("migrate scan: warning:")).toList();
    assertEquals(1, lines.size(), run.err());
    for (String internal : INTERNALS) {
      assertFalse(lines.get(0).contains(internal), lines.get(0));
    }
    return lines.get(0);
  }

  @Test
  void aConfigThatIsNotYamlNamesFileLineAndReason() throws IOException {
    Files.writeString(
        dir.resolve(".claude-migrate.yml"), "target: sonnet-4\nrules: [model-id, beta-header\n");
    CliRun run = CliRun.run(dir, Map.of(), "scan");
    assertEquals(2, run.code());
    String line = oneLine(run);
    assertTrue(
        line.startsWith(
            "migrate scan: " + dir.resolve(".claude-migrate.yml") + ":2: not valid YAML: "),
        line);
    assertTrue(line.contains("flow sequence"), line);
  }

  @Test
  void aCatalogThatIsNotJsonNamesFileLineAndReason() throws IOException {
    Files.writeString(dir.resolve("c.json"), "{\n  \"models\": [}\n");
    CliRun run = CliRun.run(dir, Map.of(), "scan", "--catalog", "c.json");
    assertEquals(2, run.code());
    String line = oneLine(run);
    assertTrue(line.startsWith("migrate scan: " + dir.resolve("c.json") + ":2: "), line);
  }

  @Test
  void aMissingCatalogSaysSo() {
    CliRun run = CliRun.run(dir, Map.of(), "scan", "--catalog", "nope.yaml");
    assertEquals(2, run.code());
    assertEquals("migrate scan: " + dir.resolve("nope.yaml") + ": no such file", oneLine(run));
  }
}
