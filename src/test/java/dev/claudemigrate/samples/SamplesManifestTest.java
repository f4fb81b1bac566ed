package dev.claudemigrate.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudemigrate.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the samples manifests honest: every listed line still carries what its row says, and every
 * line of the samples that mentions a model ID or a migration-relevant token is listed as a finding
 * or as a trap, so an edit to a sample that shifts lines fails here before it confuses a scan test.
 */
class SamplesManifestTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final Path MANIFESTS = Path.of("src/test/resources/samples");

  /**
   * Beta values and computer/bash tool versions the catalog moves away from: read from the catalog,
   * not copied, so a catalog entry added for a new target is covered here too.
   */
  private static final List<String> OLD_BETAS = oldBetas(Catalog.builtin());

  private static List<String> oldBetas(Catalog catalog) {
    List<String> out = new ArrayList<>();
    catalog.betas().stream()
        .filter(b -> !String.valueOf(b.action()).equalsIgnoreCase("new"))
        .forEach(b -> out.add(Pattern.quote(b.value())));
    catalog.tools().stream()
        .filter(
            t ->
                t.legacy() && !String.valueOf(t.family()).toLowerCase(Locale.ROOT).contains("text"))
        .forEach(t -> out.add(Pattern.quote(t.type())));
    return List.copyOf(out);
  }

  /** What the listed line must contain, per rule: the rule's trigger, so a shifted line fails. */
  private static final Map<String, Pattern> SIGNATURES =
      Map.of(
          "text-editor-tool",
          Pattern.compile("text_editor_20250124|text_editor_20241022|str_replace_editor"),
          "undo-edit",
          Pattern.compile("undo_edit", Pattern.CASE_INSENSITIVE),
          "beta-header",
          Pattern.compile(String.join("|", OLD_BETAS)),
          "invoke-model",
          Pattern.compile("invoke_?model", Pattern.CASE_INSENSITIVE),
          // The branch's head names the stop reason; each of its arms a stop value (ADR 0094).
          "stop-reason",
          Pattern.compile(
              "stop_?reason|end_turn|max_tokens|stop_sequence|tool_use", Pattern.CASE_INSENSITIVE),
          "sampling",
          Pattern.compile("top_p|topP"),
          "thinking-budget",
          Pattern.compile("budget_tokens"));

  /**
   * Tokens that make a line worth a row in one manifest or the other (besides catalog model IDs).
   */
  private static final Pattern SALIENT =
      Pattern.compile(
          "foundation-model/|text_editor_2|str_replace_editor|str_replace_based_edit_tool|undo_edit|budget_tokens"
              + "|meta\\.llama|amazon\\.(titan|nova)|"
              + String.join("|", OLD_BETAS));

  private final Catalog catalog = Catalog.builtin();

  /**
   * One manifest row: a place in a sample file and its rule (findings) or its description (traps).
   */
  private record Row(String path, int line, String kind, String note) {
    String place() {
      return path + ":" + line;
    }
  }

  @Test
  void everyFindingRowPointsAtItsTrigger() throws IOException {
    List<Row> findings = read("expected-findings.tsv");
    assertFalse(findings.isEmpty());
    Set<String> seen = new HashSet<>();
    for (Row row : findings) {
      assertTrue(seen.add(row.place() + " " + row.kind()), "duplicate row " + row);
      String text = line(row);
      if (row.kind().equals("model-id")) {
        assertFalse(catalog.findIds(text).isEmpty(), row.place() + " has no model ID: " + text);
      } else {
        Pattern signature = SIGNATURES.get(row.kind());
        assertTrue(signature != null, "unknown rule id " + row.kind());
        assertTrue(
            signature.matcher(text).find(),
            row.place() + " lacks the " + row.kind() + " trigger: " + text);
      }
    }
  }

  @Test
  void trapsAreNeverFindings() throws IOException {
    Set<String> findingPlaces = new HashSet<>();
    read("expected-findings.tsv").forEach(r -> findingPlaces.add(r.place()));
    for (Row trap : read("traps.tsv")) {
      assertFalse(line(trap).isBlank(), trap.place() + " is blank");
      assertFalse(
          findingPlaces.contains(trap.place()), trap.place() + " is both a trap and a finding");
    }
  }

  @Test
  void everySalientLineOfTheSamplesIsListed() throws IOException {
    Set<String> listed = new HashSet<>();
    read("expected-findings.tsv").forEach(r -> listed.add(r.place()));
    read("traps.tsv").forEach(r -> listed.add(r.place()));
    Set<String> unlisted = new TreeSet<>();
    for (Path file : sampleFiles()) {
      String rel = SAMPLES.relativize(file).toString().replace('\\', '/');
      List<String> lines = lines(file);
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i);
        boolean salient = !catalog.findIds(text).isEmpty() || SALIENT.matcher(text).find();
        if (salient && !listed.contains(rel + ":" + (i + 1))) {
          unlisted.add(rel + ":" + (i + 1) + "  " + text.strip());
        }
      }
    }
    assertTrue(unlisted.isEmpty(), "lines in neither manifest:\n" + String.join("\n", unlisted));
  }

  @Test
  void jsonSamplesAndTheNotebookAreWellFormed() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path file : sampleFiles()) {
      String name = file.getFileName().toString();
      if (name.endsWith(".json") || name.endsWith(".ipynb")) {
        JsonNode node = json.readTree(file.toFile());
        if (name.endsWith(".ipynb")) {
          assertEquals(4, node.path("nbformat").asInt(), name);
          for (JsonNode cell : node.path("cells")) {
            assertTrue(
                cell.path("source").isArray(), "notebook source must be one string per line");
          }
        }
      }
    }
  }

  private List<Row> read(String manifest) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String raw : Files.readAllLines(MANIFESTS.resolve(manifest), StandardCharsets.UTF_8)) {
      String[] f = raw.split("\t", -1);
      assertEquals(4, f.length, manifest + ": not four tab-separated columns: " + raw);
      rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], f[3]));
    }
    return rows;
  }

  private static String line(Row row) {
    Path file = SAMPLES.resolve(row.path());
    assertTrue(Files.isRegularFile(file), "no sample file " + row.path());
    List<String> lines = lines(file);
    assertTrue(
        row.line() >= 1 && row.line() <= lines.size(),
        row.place() + " is past the end of the file");
    return lines.get(row.line() - 1);
  }

  private static List<String> lines(Path file) {
    try {
      return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r?\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sample files, less the folders samples/.ignore leaves out of a scan (recorded model traffic).
   */
  private static List<Path> sampleFiles() throws IOException {
    List<String> ignored =
        Files.readAllLines(SAMPLES.resolve(".ignore"), StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    try (Stream<Path> walk = Files.walk(SAMPLES)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().equals(".ignore"))
          .filter(
              f ->
                  ignored.stream()
                      .noneMatch(SAMPLES.relativize(f).toString().replace('\\', '/')::startsWith))
          .sorted()
          .toList();
    }
  }
}
