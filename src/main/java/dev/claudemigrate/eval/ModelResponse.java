package dev.claudemigrate.eval;

import java.util.List;

/**
 * What a model call gave back: the answer, or the error it ended in.
 *
 * @param text the answer's text blocks joined, or "" when none
 * @param toolCalls the tool calls in the answer
 * @param stopReason the stop reason as the API sent it, or null on error
 * @param inputTokens input tokens billed
 * @param outputTokens output tokens billed (thinking included, as Bedrock bills it)
 * @param thinkingTokens of the output, the thinking part (estimated from the reasoning text:
 *     Converse does not count it apart)
 * @param latencyMs the call's latency as the service measured it, or wall time
 * @param error the error's one-line description after retries, or null
 */
public record ModelResponse(
    String text,
    List<ToolCall> toolCalls,
    String stopReason,
    long inputTokens,
    long outputTokens,
    long thinkingTokens,
    long latencyMs,
    String error) {

  public ModelResponse {
    text = text == null ? "" : text;
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
  }

  /** A call that failed after its retries. */
  public static ModelResponse failed(String error, long latencyMs) {
    return new ModelResponse("", List.of(), null, 0, 0, 0, latencyMs, error);
  }

  public boolean failed() {
    return error != null;
  }
}
