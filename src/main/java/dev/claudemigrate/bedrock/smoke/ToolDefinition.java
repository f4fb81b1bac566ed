package dev.claudemigrate.bedrock.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.Documents;
import dev.claudemigrate.bedrock.InputFileException;
import dev.claudemigrate.bedrock.Json;
import dev.claudemigrate.bedrock.TextFiles;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.ToolVersion;
import java.io.IOException;
import java.nio.file.Path;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

/**
 * The text-editor tool as the migrated project defines it. An Anthropic-defined tool ({@code
 * {"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}}) travels in {@code
 * additionalModelRequestFields.tools}, with a placeholder Converse {@code toolConfig} because
 * Converse refuses toolUse/toolResult blocks without one (ADR 0021). A custom tool ({@code {"name",
 * "description", "input_schema"}} or a Converse {@code {"toolSpec": ...}}) travels in {@code
 * toolConfig}.
 *
 * @param definition the tool JSON
 */
public record ToolDefinition(JsonNode definition) {
  /** The name of the placeholder Converse tool; the model is never asked to call it. */
  public static final String PLACEHOLDER = "smoke_placeholder";

  /**
   * The target model's own text-editor tool from the catalog; the current Claude 4 one for a model
   * the catalog does not know (null).
   */
  public static ToolDefinition forModel(Catalog catalog, Model model) {
    String type =
        model != null && model.textEditorType() != null
            ? model.textEditorType()
            : "text_editor_20250728";
    String name = catalog.tool(type).map(ToolVersion::name).orElse("str_replace_based_edit_tool");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", type);
    o.put("name", name);
    return new ToolDefinition(o);
  }

  /** Reads --tool-definition; the file must hold one JSON object with a name. */
  public static ToolDefinition read(Path file) throws IOException {
    JsonNode n =
        Json.parse(String.join("\n", TextFiles.readLines(file, "tool definition")))
            .filter(JsonNode::isObject)
            .orElseThrow(() -> new IOException(file + ": not a JSON object"));
    ToolDefinition t = new ToolDefinition(n);
    if (t.name().isBlank()) {
      throw new InputFileException(file + ": the tool has no \"name\"");
    }
    return t;
  }

  private JsonNode spec() {
    return definition.has("toolSpec") ? definition.path("toolSpec") : definition;
  }

  /** The name the model must call. */
  public String name() {
    return spec().path("name").asText("");
  }

  /** The Anthropic tool type, or null for a custom tool. */
  public String type() {
    String t = definition.path("type").asText(null);
    return t == null || t.equals("custom") ? null : t;
  }

  public boolean anthropicDefined() {
    return type() != null;
  }

  /** The Anthropic-defined tool entry for additionalModelRequestFields.tools, or null. */
  public JsonNode additionalField() {
    return anthropicDefined() ? definition : null;
  }

  /**
   * The Converse toolConfig: the custom tool, or the placeholder next to an Anthropic-defined tool.
   */
  public ToolConfiguration toolConfig() {
    if (anthropicDefined()) {
      return config(
          PLACEHOLDER,
          "Not used by this check. Converse needs a toolConfig when messages carry toolUse or toolResult blocks.",
          Json.parse("{\"type\":\"object\",\"properties\":{}}").orElseThrow());
    }
    JsonNode s = spec();
    JsonNode schema =
        s.has("inputSchema") ? s.path("inputSchema").path("json") : s.path("input_schema");
    return config(name(), s.path("description").asText("Views and edits text files."), schema);
  }

  private static ToolConfiguration config(String name, String description, JsonNode schema) {
    ToolSpecification spec =
        ToolSpecification.builder()
            .name(name)
            .description(description)
            .inputSchema(ToolInputSchema.fromJson(Documents.of(schema)))
            .build();
    return ToolConfiguration.builder().tools(Tool.fromToolSpec(spec)).build();
  }
}
