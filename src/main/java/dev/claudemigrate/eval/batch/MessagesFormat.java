package dev.claudemigrate.eval.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.eval.Message;
import dev.claudemigrate.eval.ModelRequest;
import dev.claudemigrate.eval.ModelResponse;
import dev.claudemigrate.eval.ToolCall;
import dev.claudemigrate.eval.ToolDef;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch record's {@code modelInput} is the InvokeModel body, the Anthropic Messages format; its
 * {@code modelOutput} is the Messages response. This maps a {@link ModelRequest} to the one and the
 * other back to a {@link ModelResponse}, the same fields the on-demand (Converse) path fills.
 */
public final class MessagesFormat {
  /** The Messages API version Bedrock requires in every Claude InvokeModel body. */
  public static final String ANTHROPIC_VERSION = "bedrock-2023-05-31";

  /**
   * Converse does not count thinking tokens apart and neither does the Messages usage; four
   * characters a token is the estimate the on-demand path uses too.
   */
  private static final int CHARS_PER_TOKEN = 4;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private MessagesFormat() {}

  /** The InvokeModel body for {@code r} (the model ID travels in the job, not the body). */
  public static ObjectNode body(ModelRequest r) {
    ObjectNode b = F.objectNode();
    b.put("anthropic_version", ANTHROPIC_VERSION);
    b.put("max_tokens", r.maxTokens());
    if (r.system() != null && !r.system().isBlank()) {
      b.put("system", r.system());
    }
    ArrayNode messages = b.putArray("messages");
    for (Message m : r.messages()) {
      ObjectNode msg = messages.addObject().put("role", m.role());
      msg.putArray("content").addObject().put("type", "text").put("text", m.text());
    }
    if (!r.tools().isEmpty()) {
      ArrayNode tools = b.putArray("tools");
      for (ToolDef t : r.tools()) {
        ObjectNode tool = tools.addObject().put("name", t.name());
        if (t.description() != null) {
          tool.put("description", t.description());
        }
        tool.set("input_schema", t.inputSchema());
      }
    }
    if (r.thinkingBudget() != null) {
      b.putObject("thinking").put("type", "enabled").put("budget_tokens", r.thinkingBudget());
    }
    return b;
  }

  /**
   * The answer in a {@code modelOutput}: text blocks joined by newlines (as on the Converse path),
   * tool calls in order, thinking estimated from the thinking text. Batch jobs measure no latency
   * per record, so latency is 0.
   */
  public static ModelResponse response(JsonNode output) {
    List<String> texts = new ArrayList<>();
    List<ToolCall> calls = new ArrayList<>();
    long thinkingChars = 0;
    for (JsonNode block : output.path("content")) {
      switch (block.path("type").asText()) {
        case "text" -> texts.add(block.path("text").asText(""));
        case "tool_use" ->
            calls.add(new ToolCall(block.path("name").asText(), block.path("input")));
        case "thinking" -> thinkingChars += block.path("thinking").asText("").length();
        default -> {
          // redacted_thinking and newer block types carry nothing the checks read
        }
      }
    }
    JsonNode usage = output.path("usage");
    return new ModelResponse(
        String.join("\n", texts),
        calls,
        output.path("stop_reason").isTextual() ? output.get("stop_reason").asText() : null,
        usage.path("input_tokens").asLong(0),
        usage.path("output_tokens").asLong(0),
        (thinkingChars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN,
        0,
        null);
  }
}
