package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of one InvokeModel call with an Anthropic Messages body, after retries: the answer
 * body, or the diagnosis of why there is none.
 *
 * @param answer the Messages answer ({@code content}, {@code stop_reason}, {@code usage}), or null
 *     when the call failed
 * @param diagnosis why the call failed, or null when it answered
 * @param attempts attempts made
 * @param latencyMs Bedrock's latency header ({@code X-Amzn-Bedrock-Invocation-Latency}), or null
 * @param wallMs time spent on the call, waits included
 */
public record InvokeOutcome(
    JsonNode answer, Diagnosis diagnosis, int attempts, Long latencyMs, long wallMs) {

  public boolean answered() {
    return answer != null;
  }

  /** The raw {@code stop_reason}, or null without an answer. */
  public String stopReason() {
    return answer == null ? null : answer.path("stop_reason").asText(null);
  }

  /** The text blocks of the answer, joined with newlines. */
  public String text() {
    StringBuilder out = new StringBuilder();
    if (answer != null) {
      for (JsonNode block : answer.path("content")) {
        if (block.path("type").asText().equals("text")) {
          out.append(out.isEmpty() ? "" : "\n").append(block.path("text").asText());
        }
      }
    }
    return out.toString();
  }

  /** The names of the tools the answer calls, in order. */
  public List<String> toolUses() {
    List<String> out = new ArrayList<>();
    if (answer != null) {
      answer
          .path("content")
          .forEach(
              b -> {
                if (b.path("type").asText().equals("tool_use")) {
                  out.add(b.path("name").asText());
                }
              });
    }
    return out;
  }

  public long inputTokens() {
    return answer == null ? 0 : answer.path("usage").path("input_tokens").asLong(0);
  }

  public long outputTokens() {
    return answer == null ? 0 : answer.path("usage").path("output_tokens").asLong(0);
  }
}
