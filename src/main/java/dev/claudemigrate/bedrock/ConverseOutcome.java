package dev.claudemigrate.bedrock;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of one Converse call after retries: the answer, or the diagnosis of why there is none.
 * It holds only this project's types ({@link Content}); {@link ConverseCaller} converts the SDK's.
 *
 * @param content the answer's blocks in order (empty without an answer)
 * @param stopReason the raw stop reason, including values newer than the SDK, or null without an
 *     answer
 * @param guardrailActions the guardrail policies that acted, from the trace (e.g. {@code input:
 *     topic 'Investing' BLOCKED}), or empty
 * @param diagnosis why the call failed, or null when it answered
 * @param attempts attempts made (1 when the first succeeded)
 * @param latencyMs Bedrock's own latency ({@code metrics.latencyMs}) of the answer, or null
 * @param wallMs time spent on the call, waits between attempts included (varies run to run)
 * @param inputTokens input tokens billed ({@code usage.inputTokens}), 0 without an answer
 * @param outputTokens output tokens billed, thinking included
 */
public record ConverseOutcome(
    List<Content> content,
    String stopReason,
    String guardrailActions,
    Diagnosis diagnosis,
    int attempts,
    Long latencyMs,
    long wallMs,
    long inputTokens,
    long outputTokens) {

  public ConverseOutcome {
    content = List.copyOf(content);
    guardrailActions = guardrailActions == null ? "" : guardrailActions;
  }

  /** A call that failed after {@code attempts}: no content, only the diagnosis. */
  static ConverseOutcome failed(Diagnosis diagnosis, int attempts, long wallMs) {
    return new ConverseOutcome(List.of(), null, "", diagnosis, attempts, null, wallMs, 0, 0);
  }

  /** Whether Bedrock answered (the stop reason may still be one the caller does not want). */
  public boolean answered() {
    return diagnosis == null;
  }

  /** All text blocks joined with newlines. */
  public String text() {
    return content.stream()
        .filter(Content.Text.class::isInstance)
        .map(b -> ((Content.Text) b).text())
        .collect(Collectors.joining("\n"));
  }

  /** The tool calls in the answer, in order. */
  public List<Content.ToolUse> toolUses() {
    return content.stream()
        .filter(Content.ToolUse.class::isInstance)
        .map(Content.ToolUse.class::cast)
        .toList();
  }

  /** The summarized reasoning blocks of the answer, in order. */
  public List<Content.Reasoning> reasoning() {
    return content.stream()
        .filter(Content.Reasoning.class::isInstance)
        .map(Content.Reasoning.class::cast)
        .toList();
  }

  /** Whether the answer carries a reasoning block (summarized or redacted thinking). */
  public boolean hasReasoning() {
    return content.stream()
        .anyMatch(b -> b instanceof Content.Reasoning || b instanceof Content.RedactedReasoning);
  }
}
