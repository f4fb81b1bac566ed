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
 * Claude behind Converse and InvokeModel ({@link FakeMessages}), as far as smoke needs it: serves
 * the models of {@link FakeModels} and validates requests the way Bedrock does (base ID on demand,
 * toolConfig with toolUse blocks, beta values, tool type and name pairs, thinking budget,
 * temperature with top_p) and answers deterministically: a tool call, a final answer after a tool
 * result, summarized thinking, or plain text.
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
    if (!r.operation().equals("Converse") && !r.operation().equals("InvokeModel")) {
      return Reply.error(
          404, "UnknownOperationException", "FakeClaude answers Converse and InvokeModel only");
    }
    Object model = FakeModels.resolve(r.resource());
    if (model instanceof Reply error) {
      return error;
    }
    if (r.operation().equals("InvokeModel")) {
      return FakeMessages.apply((String) model, r.body());
    }
    JsonNode body = r.body();
    Reply invalid = validate(body);
    if (invalid == null) {
      JsonNode inference = body.path("inferenceConfig");
      invalid =
          FakeModels.sampling((String) model, inference.has("temperature"), inference.has("topP"));
    }
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
    Reply betas = betas(fields.path("anthropic_beta"));
    if (betas != null) {
      return betas;
    }
    Set<String> names = new HashSet<>();
    body.path("toolConfig")
        .path("tools")
        .forEach(t -> names.add(t.path("toolSpec").path("name").asText()));
    Reply tools = tools(fields.path("tools"), names);
    if (tools != null) {
      return tools;
    }
    return thinking(
        fields.path("thinking"),
        body.path("inferenceConfig").path("maxTokens").asInt(Integer.MAX_VALUE));
  }

  /** Bedrock's answer to a beta value it does not know, or null. */
  static Reply betas(JsonNode betas) {
    for (JsonNode beta : betas) {
      if (!BETAS.contains(beta.asText())) {
        return Reply.error(400, "ValidationException", "invalid beta flag");
      }
    }
    return null;
  }

  /**
   * Bedrock's answer to Anthropic-defined tools whose type it does not know or whose name does not
   * go with the type, or to a repeated tool name; custom tools (no type) only count for names.
   */
  static Reply tools(JsonNode tools, Set<String> names) {
    int i = 0;
    for (JsonNode tool : tools) {
      String type = tool.path("type").asText("custom");
      if (!type.equals("custom") && !TOOLS.containsKey(type)) {
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
      if (!type.equals("custom") && !TOOLS.get(type).equals(tool.path("name").asText())) {
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
    return null;
  }

  /** Bedrock's answer to a thinking budget below 1024 or not below max tokens, or null. */
  static Reply thinking(JsonNode thinking, int maxTokens) {
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
    if (budget >= maxTokens) {
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
