package dev.claudemigrate.eval.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.BedrockStandIn.Received;
import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The batch stand-in's answer function made from a Converse answer function: a record's Messages
 * {@code modelInput} is asked as the equivalent Converse request, and the Converse answer is given
 * back as a Messages {@code modelOutput}. So a batch run and an on-demand run get the same answers,
 * and any difference in their reports comes from the batch path itself.
 */
public final class ConverseAsBatch implements BiFunction<String, JsonNode, JsonNode> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Function<Received, Reply> converse;

  public ConverseAsBatch(Function<Received, Reply> converse) {
    this.converse = converse;
  }

  @Override
  public JsonNode apply(String model, JsonNode input) {
    Reply r =
        converse.apply(
            new Received("Converse", model, "", "", Map.of(), Map.of(), converseRequest(input)));
    ObjectNode line = JSON.createObjectNode();
    try {
      JsonNode body = JSON.readTree(r.body());
      if (r.status() != 200) {
        line.putObject("error")
            .put("errorCode", r.status())
            .put("errorMessage", body.path("message").asText());
      } else {
        line.set("modelOutput", messagesResponse(body));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line;
  }

  static ObjectNode converseRequest(JsonNode in) {
    ObjectNode c = JSON.createObjectNode();
    if (in.has("system")) {
      c.putArray("system").addObject().put("text", in.get("system").asText());
    }
    ArrayNode messages = c.putArray("messages");
    for (JsonNode m : in.path("messages")) {
      messages
          .addObject()
          .put("role", m.path("role").asText())
          .putArray("content")
          .addObject()
          .put("text", m.path("content").path(0).path("text").asText());
    }
    c.putObject("inferenceConfig").put("maxTokens", in.path("max_tokens").asInt());
    if (in.has("tools")) {
      ArrayNode tools = c.putObject("toolConfig").putArray("tools");
      for (JsonNode t : in.get("tools")) {
        ObjectNode spec =
            tools.addObject().putObject("toolSpec").put("name", t.path("name").asText());
        if (t.has("description")) {
          spec.put("description", t.get("description").asText());
        }
        spec.putObject("inputSchema").set("json", t.get("input_schema"));
      }
    }
    if (in.has("thinking")) {
      c.putObject("additionalModelRequestFields").set("thinking", in.get("thinking"));
    }
    return c;
  }

  static ObjectNode messagesResponse(JsonNode converse) {
    ObjectNode m = JSON.createObjectNode().put("type", "message").put("role", "assistant");
    ArrayNode content = m.putArray("content");
    for (JsonNode b : converse.at("/output/message/content")) {
      if (b.has("text")) {
        content.addObject().put("type", "text").put("text", b.get("text").asText());
      } else if (b.has("toolUse")) {
        content
            .addObject()
            .put("type", "tool_use")
            .put("id", b.at("/toolUse/toolUseId").asText())
            .put("name", b.at("/toolUse/name").asText())
            .set("input", b.at("/toolUse/input"));
      } else if (b.has("reasoningContent")) {
        content
            .addObject()
            .put("type", "thinking")
            .put("thinking", b.at("/reasoningContent/reasoningText/text").asText())
            .put("signature", b.at("/reasoningContent/reasoningText/signature").asText());
      }
    }
    m.put("stop_reason", converse.path("stopReason").asText());
    m.putObject("usage")
        .put("input_tokens", converse.at("/usage/inputTokens").asLong())
        .put("output_tokens", converse.at("/usage/outputTokens").asLong());
    return m;
  }
}
