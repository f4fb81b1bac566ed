package dev.claudemigrate.bedrock;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/**
 * The result of one Converse call after retries: the answer, or the diagnosis of why there is none.
 *
 * @param response the answer, or null when the call failed
 * @param diagnosis why the call failed, or null when it answered
 * @param attempts attempts made (1 when the first succeeded)
 * @param latencyMs Bedrock's own latency ({@code metrics.latencyMs}) of the answer, or null
 * @param wallMs time spent on the call, waits between attempts included (varies run to run)
 * @param inputTokens input tokens billed ({@code usage.inputTokens}), 0 without an answer
 * @param outputTokens output tokens billed, thinking included
 */
public record ConverseOutcome(
    ConverseResponse response,
    Diagnosis diagnosis,
    int attempts,
    Long latencyMs,
    long wallMs,
    long inputTokens,
    long outputTokens) {

  /** Whether Bedrock answered (the stop reason may still be one the caller does not want). */
  public boolean answered() {
    return response != null;
  }

  /** The raw stop reason, including values newer than the SDK, or null without an answer. */
  public String stopReason() {
    return response == null ? null : response.stopReasonAsString();
  }

  /** The assistant message, to append to a conversation. */
  public Optional<Message> message() {
    return response == null || response.output() == null
        ? Optional.empty()
        : Optional.ofNullable(response.output().message());
  }

  /** The content blocks of the answer (empty without one). */
  public List<ContentBlock> content() {
    return message().map(Message::content).orElse(List.of());
  }

  /** All text blocks joined with newlines. */
  public String text() {
    return String.join(
        "\n", content().stream().map(ContentBlock::text).filter(t -> t != null).toList());
  }

  /** The tool calls in the answer, in order. */
  public List<ToolUseBlock> toolUses() {
    return content().stream().map(ContentBlock::toolUse).filter(t -> t != null).toList();
  }

  /** Whether the answer carries a reasoning block (summarized or redacted thinking). */
  public boolean hasReasoning() {
    return content().stream().anyMatch(b -> b.reasoningContent() != null);
  }
}
