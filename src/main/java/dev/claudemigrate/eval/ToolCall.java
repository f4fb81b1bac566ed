package dev.claudemigrate.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tool call the model made in its answer.
 *
 * @param name the tool name
 * @param input the arguments as JSON
 */
public record ToolCall(String name, JsonNode input) {}
