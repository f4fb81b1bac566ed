package dev.claudemigrate.engine.requests;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One tool of a request, as the project declares it.
 *
 * @param type the Anthropic-defined tool type ({@code text_editor_20250728}), or null for a custom
 *     tool
 * @param name the tool name
 * @param declaration for an Anthropic-defined tool the object as written (type, name,
 *     max_characters, display size, ...); for a custom tool {@code {name, description,
 *     input_schema}}, whether it was written as a Messages tool or a Converse toolSpec
 */
public record ToolShape(String type, String name, JsonNode declaration) {

  public boolean anthropicDefined() {
    return type != null;
  }

  /** {@code type/name} for an Anthropic-defined tool, the name for a custom one. */
  public String label() {
    return type == null ? name : type + "/" + name;
  }
}
