package dev.claudemigrate.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tool the model may call in a case, in the neutral shape both Converse and the Messages API map
 * to.
 *
 * @param name the tool name
 * @param description what the tool does, or null
 * @param inputSchema the JSON schema of its input
 */
public record ToolDef(String name, String description, JsonNode inputSchema) {}
