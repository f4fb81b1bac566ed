package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One block of a model's answer in this project's own terms, converted from the AWS SDK's {@code
 * ContentBlock} by the adapter ({@link ContentBlocks}), so that smoke and eval read answers without
 * touching SDK types.
 */
public sealed interface Content {
  /** Text the model wrote. */
  record Text(String text) implements Content {}

  /**
   * A tool call.
   *
   * @param id the tool-use id a tool result must quote
   * @param name the tool's name
   * @param input the call's input (a JSON object; {@code {}} when the model sent none)
   */
  record ToolUse(String id, String name, JsonNode input) implements Content {}

  /**
   * Summarized thinking.
   *
   * @param text the reasoning text (may be empty)
   * @param signature the signature that must accompany the block when it is sent back, or null
   */
  record Reasoning(String text, String signature) implements Content {}

  /**
   * Thinking the service encrypted.
   *
   * @param dataBase64 the opaque data, base64, to send back unchanged
   */
  record RedactedReasoning(String dataBase64) implements Content {}

  /**
   * A block no command reads (image, document, citations, ...), kept so that counts stay honest.
   *
   * @param type the SDK's name of the block type
   */
  record Other(String type) implements Content {}
}
