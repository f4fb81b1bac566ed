package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.MigrationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON report, of one root and of several, against its published schema,
 * docs/schema/scan-result-1.0.json.
 */
class JsonSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JsonNode schemaNode = read(Path.of("docs/schema/scan-result-1.0.json"));
  private final JsonSchema schema =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);

  @Test
  void sampleAndEmptyResultsAreValid() throws IOException {
    for (MigrationResult r : List.of(SampleResult.result(), SampleResult.empty())) {
      Set<ValidationMessage> errors = schema.validate(json(r));
      assertTrue(errors.isEmpty(), errors.toString());
    }
  }

  @Test
  void schemaRejectsOutputMissingARequiredKey() throws IOException {
    ObjectNode doc = (ObjectNode) json(SampleResult.result());
    ((ObjectNode) doc.get("findings").get(0)).remove("endColumn");
    doc.remove("stats");
    Set<ValidationMessage> errors = schema.validate(doc);
    // Under oneOf the validator also says which shape failed; the two faults are named.
    List<String> said = errors.stream().map(ValidationMessage::getMessage).toList();
    assertEquals(
        2,
        said.stream()
            .filter(
                m ->
                    m.contains("$.findings[0]: required property 'endColumn'")
                        || m.contains("$: required property 'stats'"))
            .count(),
        said.toString());
  }

  @Test
  void everyFieldTheReportWritesIsDocumentedInTheSchema() throws IOException {
    JsonNode doc = json(SampleResult.result());
    JsonNode result = schemaNode.at("/$defs/result");
    assertDocumented(doc, result);
    assertDocumented(doc.get("findings").get(0), schemaNode.at("/$defs/finding"));
    assertDocumented(doc.get("findings").get(0).get("edits").get(0), schemaNode.at("/$defs/edit"));
    assertDocumented(doc.get("stats"), result.at("/properties/stats"));
    assertDocumented(doc.get("rules").get(0), result.at("/properties/rules/items"));
  }

  @Test
  void severalRootsAreOneDocumentWithTheOneRootResultsInside() throws IOException {
    JsonNode doc = roots(List.of(new FileError("gone", "gone: no such file or folder")));
    Set<ValidationMessage> errors = schema.validate(doc);
    assertTrue(errors.isEmpty(), errors.toString());
    assertDocumented(doc, schemaNode.at("/$defs/roots"));
    assertEquals(2, doc.get("roots").size());
    assertEquals(json(SampleResult.result()), doc.get("roots").get(0));
    assertEquals("gone", doc.at("/errors/0/path").asText());
  }

  @Test
  void schemaTellsTheTwoShapesApart() throws IOException {
    ObjectNode doc = (ObjectNode) roots(List.of());
    ((ObjectNode) doc.get("roots").get(1)).remove("findings");
    assertFalse(schema.validate(doc).isEmpty(), "a root without findings is invalid");
    ObjectNode both = (ObjectNode) json(SampleResult.result());
    both.set("roots", roots(List.of()).get("roots"));
    assertFalse(schema.validate(both).isEmpty(), "one document cannot be both shapes");
  }

  private static JsonNode roots(List<FileError> notScanned) throws IOException {
    List<RootReports.Root> roots =
        List.of(
            new RootReports.Root("a", SampleResult.result(), SampleResult.rules()),
            new RootReports.Root("b", SampleResult.empty(), SampleResult.rules()));
    return MAPPER.readTree(
        new RootReports(ReportsGoldenTest.TOOL, false, 80, r -> SourceLinks.relative())
            .render(ReportFormat.JSON, roots, notScanned));
  }

  private static void assertDocumented(JsonNode value, JsonNode schemaPart) {
    List<String> undocumented = new ArrayList<>();
    value
        .fieldNames()
        .forEachRemaining(
            n -> {
              if (!schemaPart.get("properties").has(n)) {
                undocumented.add(n);
              }
            });
    assertTrue(undocumented.isEmpty(), "not in the schema: " + undocumented);
    assertFalse(schemaPart.get("required").isEmpty());
  }

  private static JsonNode json(MigrationResult r) throws IOException {
    return MAPPER.readTree(
        new Reports(ReportsGoldenTest.TOOL, false)
            .render(ReportFormat.JSON, r, SampleResult.rules()));
  }

  private static JsonNode read(Path p) {
    try {
      return MAPPER.readTree(Files.readString(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
