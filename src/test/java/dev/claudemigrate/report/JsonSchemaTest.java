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
import dev.claudemigrate.engine.model.MigrationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON report against its published schema, docs/schema/scan-result-1.0.json. */
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
    assertEquals(2, errors.size(), errors.toString());
  }

  @Test
  void everyFieldTheReportWritesIsDocumentedInTheSchema() throws IOException {
    JsonNode doc = json(SampleResult.result());
    assertDocumented(doc, schemaNode);
    assertDocumented(doc.get("findings").get(0), schemaNode.at("/$defs/finding"));
    assertDocumented(doc.get("findings").get(0).get("edits").get(0), schemaNode.at("/$defs/edit"));
    assertDocumented(doc.get("stats"), schemaNode.at("/properties/stats"));
    assertDocumented(doc.get("rules").get(0), schemaNode.at("/properties/rules/items"));
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
