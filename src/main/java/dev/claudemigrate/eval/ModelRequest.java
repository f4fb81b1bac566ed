package dev.claudemigrate.eval;

import java.util.List;

/**
 * One call to a model, independent of the API that carries it.
 *
 * @param modelId the Bedrock model or inference-profile ID
 * @param system the system prompt, or null
 * @param messages the conversation
 * @param tools tools offered (empty for none)
 * @param maxTokens the output token limit (thinking included)
 * @param guardrail the guardrail to apply, or null
 * @param thinkingBudget the extended-thinking budget in tokens, or null for no thinking
 */
public record ModelRequest(
    String modelId,
    String system,
    List<Message> messages,
    List<ToolDef> tools,
    int maxTokens,
    Guardrail guardrail,
    Integer thinkingBudget) {

  public ModelRequest {
    messages = List.copyOf(messages);
    tools = List.copyOf(tools);
  }
}
