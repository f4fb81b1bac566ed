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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Claude on Bedrock behind Converse and InvokeModel ({@link FakeMessages}) as of 2026-12-03, as far
 * as smoke and eval need it: Sonnet 4.6 (live) and Sonnet 4.5 (legacy, still answering) validate
 * requests the way Bedrock does (base ID on demand, toolConfig with toolUse blocks, beta values,
 * tool type and name pairs, thinking budget; for 4.5 and 4.6 temperature with topP; for 4.6 an
 * assistant prefill), and answer deterministically: a tool call, a final answer after a tool
 * result, summarized thinking, or plain text. A retired model (Sonnet 4, 3.7, 3.5) is answered as
 * Bedrock answers after end of life: ResourceNotFoundException, "This model version has reached the
 * end of its life.".
 */
public final class FakeClaude implements Function<Received, Reply> {
  /** The base ID of the live Sonnet (4.6): undated, no version suffix. */
  public static final String BASE_ID = "anthropic.claude-sonnet-4-6";

  static final String SONNET_45 = "anthropic.claude-sonnet-4-5-20250929-v1:0";

  /** Base IDs past end of life on 2026-12-03. */
  static final Set<String> RETIRED =
      Set.of(
          "anthropic.claude-sonnet-4-20250514-v1:0",
          "anthropic.claude-3-7-sonnet-20250219-v1:0",
          "anthropic.claude-3-5-sonnet-20241022-v2:0",
          "anthropic.claude-3-5-sonnet-20240620-v1:0");

  /** Bedrock's message for a model past end of life (HTTP 404). */
  public static final String END_OF_LIFE =
      "This model version has reached the end of its life. Please refer to the AWS documentation for more details.";

  static final Map<String, String> TOOLS =
      Map.of(
          "text_editor_20250429",
          "str_replace_based_edit_tool",
          "text_editor_20250728",
          "str_replace_based_edit_tool",
          "bash_20250124",
          "bash",
          "computer_20250124",
          "computer",
          "computer_20251124",
          "computer");
  static final Set<String> BETAS =
      Set.of(
          "computer-use-2025-01-24",
          "computer-use-2025-11-24",
          "interleaved-thinking-2025-05-14",
          "context-1m-2025-08-07");

  /** What one served model accepts beyond the common checks. */
  private record Served(String computerTool, String computerBeta, boolean rejectsPrefill) {}

  private static final Map<String, Served> SERVED =
      Map.of(
          BASE_ID,
          new Served("computer_20251124", "computer-use-2025-11-24", true),
          SONNET_45,
          new Served("computer_20250124", "computer-use-2025-01-24", false),
          "anthropic.claude-haiku-4-5-20251001-v1:0",
          new Served("computer_20250124", "computer-use-2025-01-24", false),
          "anthropic.claude-opus-4-1-20250805-v1:0",
          new Served("computer_20250124", "computer-use-2025-01-24", false));

  private static final List<String> PREFIXES = List.of("global.", "us.", "eu.", "jp.", "apac.");

  private final JsonNodeFactory f = JsonNodeFactory.instance;

  @Override
  public Reply apply(Received r) {
    if (!r.operation().equals("Converse") && !r.operation().equals("InvokeModel")) {
      return Reply.error(
          404, "UnknownOperationException", "FakeClaude answers Converse and InvokeModel only");
    }
    Optional<Reply> away = turnedAway(r.resource());
    if (away.isPresent()) {
      return away.get();
    }
    String base = baseOf(r.resource());
    Served served = SERVED.get(base);
    if (r.operation().equals("InvokeModel")) {
      return FakeMessages.apply(base, r.body());
    }
    JsonNode body = r.body();
    Reply invalid = validate(body, served);
    return invalid != null ? invalid : Reply.ok(Json.write(answer(body)));
  }

  /**
   * How Bedrock turns a call to {@code modelId} away before any model sees it: a retired model
   * (404, end of life), an ID it does not serve (400), a base ID called on demand (400); empty when
   * the ID may be called. Shared with the eval stand-in, which answers by scenario.
   */
  public static Optional<Reply> turnedAway(String modelId) {
    String base = baseOf(modelId);
    if (RETIRED.contains(base)) {
      return Optional.of(Reply.error(404, "ResourceNotFoundException", END_OF_LIFE));
    }
    if (!SERVED.containsKey(base) || !profileExists(modelId, base)) {
      return Optional.of(
          Reply.error(400, "ValidationException", "The provided model identifier is invalid."));
    }
    if (modelId.equals(base)) {
      return Optional.of(
          Reply.error(
              400,
              "ValidationException",
              "Invocation of model ID "
                  + base
                  + " with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model."));
    }
    return Optional.empty();
  }

  /** The base model ID inside a profile ID. */
  private static String baseOf(String resource) {
    int at = resource.indexOf("anthropic.");
    return at < 0 ? resource : resource.substring(at);
  }

  /** Sonnet 4.6 and 4.5 have global, us, eu and jp profiles; neither has apac. */
  private static boolean profileExists(String resource, String base) {
    if (resource.equals(base)) {
      return true;
    }
    String prefix = resource.substring(0, resource.length() - base.length());
    return PREFIXES.contains(prefix) && !prefix.equals("apac.");
  }

  private Reply validate(JsonNode body, Served served) {
    Reply sampling = sampling(body, served);
    if (sampling != null) {
      return sampling;
    }
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
      boolean otherComputerBeta =
          beta.asText().startsWith("computer-use-") && !beta.asText().equals(served.computerBeta());
      if (!BETAS.contains(beta.asText()) || otherComputerBeta) {
        return Reply.error(400, "ValidationException", "invalid beta flag");
      }
    }
    Set<String> names = new HashSet<>();
    body.path("toolConfig")
        .path("tools")
        .forEach(t -> names.add(t.path("toolSpec").path("name").asText()));
    int i = 0;
    for (JsonNode tool : fields.path("tools")) {
      String type = tool.path("type").asText("custom");
      if (type.equals("custom")) {
        if (!names.add(tool.path("name").asText())) {
          return Reply.error(400, "ValidationException", "tools: Tool names must be unique.");
        }
        i++;
        continue;
      }
      boolean otherComputer = type.startsWith("computer_") && !type.equals(served.computerTool());
      if (!TOOLS.containsKey(type) || otherComputer) {
        return unknownTag(i, type);
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
    return thinking(
        fields.path("thinking"), body.path("inferenceConfig").path("maxTokens").asInt());
  }

  /** Sonnet 4.5 and 4.6 reject temperature with topP; 4.6 rejects an assistant prefill. */
  private static Reply sampling(JsonNode body, Served served) {
    JsonNode config = body.path("inferenceConfig");
    if (config.has("temperature") && config.has("topP")) {
      return Reply.error(
          400,
          "ValidationException",
          "The model returned the following errors: `temperature` and `top_p` cannot both be specified for this model. Please use only one.");
    }
    JsonNode messages = body.path("messages");
    boolean prefill =
        messages.size() > 0
            && messages.get(messages.size() - 1).path("role").asText().equals("assistant");
    // The reference gives no wording for the prefill rejection; only its status (400) is asserted.
    if (prefill && served.rejectsPrefill()) {
      return Reply.error(
          400,
          "ValidationException",
          "The model returned the following errors: This model does not support assistant message prefill. The conversation must end with a user message.");
    }
    return null;
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
  /** Bedrock's answer to a tool type it does not know. */
  private static Reply unknownTag(int i, String type) {
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

  static Reply tools(JsonNode tools, Set<String> names) {
    int i = 0;
    for (JsonNode tool : tools) {
      String type = tool.path("type").asText("custom");
      if (!type.equals("custom") && !TOOLS.containsKey(type)) {
        return unknownTag(i, type);
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
