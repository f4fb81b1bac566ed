package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.BedrockStandIn.Received;
import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Claude Sonnet 4 behind Converse, as far as smoke needs it: validates requests the way Bedrock
 * does (base ID on demand, toolConfig with toolUse blocks, beta values, tool type and name pairs,
 * thinking budget) and answers deterministically: a tool call, a final answer after a tool result,
 * summarized thinking, or plain text.
 */
public final class FakeClaude implements Function<Received, Reply> {
  static final String BASE_ID = "anthropic.claude-sonnet-4-20250514-v1:0";
  static final Map<String, String> TOOLS =
      Map.of(
          "text_editor_20250429",
          "str_replace_based_edit_tool",
          "text_editor_20250728",
          "str_replace_based_edit_tool",
          "bash_20250124",
          "bash",
          "computer_20250124",
          "computer");
  static final Set<String> BETAS =
      Set.of("computer-use-2025-01-24", "interleaved-thinking-2025-05-14", "context-1m-2025-08-07");

  private final JsonNodeFactory f = JsonNodeFactory.instance;

  @Override
  public Reply apply(Received r) {
    if (!r.operation().equals("Converse")) {
      return Reply.error(404, "UnknownOperationException", "FakeClaude answers Converse only");
    }
    if (r.resource().equals(BASE_ID)) {
      return Reply.error(
          400,
          "ValidationException",
          "Invocation of model ID "
              + BASE_ID
              + " with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.");
    }
    if (!r.resource().endsWith("." + BASE_ID)) {
      return Reply.error(400, "ValidationException", "The provided model identifier is invalid.");
    }
    JsonNode body = r.body();
    Reply invalid = validate(body);
    return invalid != null ? invalid : Reply.ok(Json.write(answer(body)));
  }

  private Reply validate(JsonNode body) {
    JsonNode fields = body.path("additionalModelRequestFields");
    boolean toolBlocks =
        body.path("messages").toString().contains("\"toolUse\"")
            || body.path("messages").toString().contains("\"toolResult\"");
    if (toolBlocks && !body.has("toolConfig")) {
      return Reply.error(
          400,
          "ValidationException",
          "The toolConfig field must be defined when using toolUse and toolResult content blocks.");
    }
    for (JsonNode beta : fields.path("anthropic_beta")) {
      if (!BETAS.contains(beta.asText())) {
        return Reply.error(400, "ValidationException", "invalid beta flag");
      }
    }
    Set<String> names = new HashSet<>();
    body.path("toolConfig")
        .path("tools")
        .forEach(t -> names.add(t.path("toolSpec").path("name").asText()));
    int i = 0;
    for (JsonNode tool : fields.path("tools")) {
      String type = tool.path("type").asText();
      if (!TOOLS.containsKey(type)) {
        return Reply.error(
            400,
            "ValidationException",
            "tools."
                + i
                + ": Input tag '"
                + type
                + "' found using 'type' does not match any of the expected tags: "
                + String.join(", ", TOOLS.keySet()));
      }
      if (!TOOLS.get(type).equals(tool.path("name").asText())) {
        return Reply.error(
            400,
            "ValidationException",
            "tools." + i + ".name: Input should be '" + TOOLS.get(type) + "'");
      }
      if (!names.add(tool.path("name").asText())) {
        return Reply.error(400, "ValidationException", "tools: Tool names must be unique.");
      }
      i++;
    }
    return thinking(body, fields.path("thinking"));
  }

  private Reply thinking(JsonNode body, JsonNode thinking) {
    if (thinking.isMissingNode()) {
      return null;
    }
    int budget = thinking.path("budget_tokens").asInt();
    if (budget < 1024) {
      return Reply.error(
          400,
          "ValidationException",
          "thinking.enabled.budget_tokens: Input should be greater than or equal to 1024");
    }
    if (budget >= body.path("inferenceConfig").path("maxTokens").asInt()) {
      return Reply.error(
          400,
          "ValidationException",
          "`max_tokens` must be greater than `thinking.budget_tokens`.");
    }
    return null;
  }

  private ObjectNode answer(JsonNode body) {
    JsonNode messages = body.path("messages");
    JsonNode last = messages.get(messages.size() - 1);
    ArrayNode content = f.arrayNode();
    String stop = "end_turn";
    if (body.path("additionalModelRequestFields").has("thinking")) {
      ObjectNode reasoning =
          content.addObject().putObject("reasoningContent").putObject("reasoningText");
      reasoning.put("text", "The user wants a short confirmation. I will give one sentence.");
      reasoning.put("signature", "c2lnbmF0dXJl");
      content.addObject().put("text", "I can read your message.");
    } else if (last.toString().contains("\"toolResult\"")) {
      content.addObject().put("text", "The first line is: # claude-migrate smoke test");
    } else if (editorName(body) != null) {
      content.addObject().put("text", "I'll view the file.");
      ObjectNode use = content.addObject().putObject("toolUse");
      use.put("toolUseId", "tooluse_smoke_1");
      use.put("name", editorName(body));
      use.putObject("input").put("command", "view").put("path", "/repo/README.md");
      stop = "tool_use";
    } else {
      content.addObject().put("text", "Yes, I can read this message.");
    }
    return response(content, stop, body.toString().length() / 4, content.toString().length() / 4);
  }

  /** The text-editor tool offered, Anthropic-defined or custom, or null. */
  private static String editorName(JsonNode body) {
    for (JsonNode t : body.path("additionalModelRequestFields").path("tools")) {
      if (t.path("type").asText().startsWith("text_editor")) {
        return t.path("name").asText();
      }
    }
    for (JsonNode t : body.path("toolConfig").path("tools")) {
      String name = t.path("toolSpec").path("name").asText();
      if (!name.equals("smoke_placeholder")) {
        return name;
      }
    }
    return null;
  }

  /** A Converse response with the given content, stop reason and token counts. */
  public static ObjectNode response(ArrayNode content, String stopReason, int in, int out) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ObjectNode message = root.putObject("output").putObject("message");
    message.put("role", "assistant");
    message.set("content", content);
    root.put("stopReason", stopReason);
    root.putObject("usage")
        .put("inputTokens", in)
        .put("outputTokens", out)
        .put("totalTokens", in + out);
    root.putObject("metrics").put("latencyMs", 300 + out);
    return root;
  }

  /** A text-only Converse response body. */
  public static String text(String text, String stopReason) {
    ArrayNode content = JsonNodeFactory.instance.arrayNode();
    content.addObject().put("text", text);
    return Json.write(response(content, stopReason, 20, 10));
  }

  static List<String> betas() {
    return List.copyOf(BETAS);
  }
}
