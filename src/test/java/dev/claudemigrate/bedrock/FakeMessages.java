package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import java.util.HashSet;

/**
 * InvokeModel with an Anthropic Messages body, as Bedrock validates and answers it: {@code
 * anthropic_version} and {@code max_tokens} required, no {@code model} key, betas, tool type and
 * name pairs, the thinking budget and the sampling rule checked like Converse's; the answer is a
 * Messages response (a text editor call when one is offered, else text).
 */
final class FakeMessages {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private FakeMessages() {}

  static Reply apply(String model, JsonNode body) {
    if (body == null || !body.isObject()) {
      return malformed("expected a JSON object");
    }
    if (body.has("model")) {
      return malformed("#: extraneous key [model] is not permitted");
    }
    if (!"bedrock-2023-05-31".equals(body.path("anthropic_version").asText())) {
      return malformed("#: required key [anthropic_version] not found");
    }
    if (!body.path("max_tokens").isNumber()) {
      return malformed("#: required key [max_tokens] not found");
    }
    Reply invalid = FakeClaude.betas(body.path("anthropic_beta"));
    if (invalid == null) {
      invalid = FakeClaude.tools(body.path("tools"), new HashSet<>());
    }
    if (invalid == null) {
      invalid = FakeClaude.thinking(body.path("thinking"), body.path("max_tokens").asInt());
    }
    if (invalid == null) {
      invalid = FakeModels.sampling(model, body.has("temperature"), body.has("top_p"));
    }
    return invalid != null ? invalid : Reply.ok(Json.write(answer(model, body)));
  }

  private static Reply malformed(String why) {
    return Reply.error(
        400,
        "ValidationException",
        "Malformed input request: " + why + ", please reformat your input and try again.");
  }

  private static ObjectNode answer(String model, JsonNode body) {
    ArrayNode content = F.arrayNode();
    String stop = "end_turn";
    String editor = null;
    for (JsonNode t : body.path("tools")) {
      if (t.path("type").asText().startsWith("text_editor")) {
        editor = t.path("name").asText();
      }
    }
    if (body.has("thinking")) {
      content
          .addObject()
          .put("type", "thinking")
          .put("thinking", "A one-word reply is asked for.")
          .put("signature", "c2lnbmF0dXJl");
    }
    if (editor != null) {
      content.addObject().put("type", "text").put("text", "I'll view the file.");
      ObjectNode use =
          content
              .addObject()
              .put("type", "tool_use")
              .put("id", "toolu_smoke_1")
              .put("name", editor);
      use.putObject("input").put("command", "view").put("path", "/repo/README.md");
      stop = "tool_use";
    } else {
      content.addObject().put("type", "text").put("text", "OK");
    }
    ObjectNode root = F.objectNode();
    root.put("id", "msg_bdrk_smoke")
        .put("type", "message")
        .put("role", "assistant")
        .put("model", model);
    root.set("content", content);
    root.put("stop_reason", stop).putNull("stop_sequence");
    root.putObject("usage")
        .put("input_tokens", body.toString().length() / 4)
        .put("output_tokens", content.toString().length() / 4);
    return root;
  }
}
