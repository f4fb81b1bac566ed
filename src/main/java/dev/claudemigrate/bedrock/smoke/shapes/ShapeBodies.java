package dev.claudemigrate.bedrock.smoke.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.engine.requests.RequestShape;
import dev.claudemigrate.engine.requests.ToolShape;

/**
 * The wire body of the one smoke call for a request shape: the project's own settings around a tiny
 * user turn. A Converse shape becomes a Converse body (inferenceConfig, toolConfig,
 * additionalModelRequestFields, guardrailConfig); an InvokeModel shape becomes the Anthropic
 * Messages body the project sends. {@link ShapeCalls} sends exactly this body, and dry runs print
 * it.
 */
final class ShapeBodies {
  /** The user turn of every shape call: short to answer, so the call costs little. */
  static final String TINY_TURN = "Reply with the single word OK.";

  static final String ANTHROPIC_VERSION = "bedrock-2023-05-31";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ShapeBodies() {}

  static JsonNode body(RequestShape s) {
    return s.api() == RequestShape.Api.CONVERSE ? converse(s) : messages(s);
  }

  /** The Converse body, as the AWS SDK serialises the request {@link ShapeCalls} builds. */
  static ObjectNode converse(RequestShape s) {
    ObjectNode b = F.objectNode();
    b.putArray("messages")
        .addObject()
        .put("role", "user")
        .putArray("content")
        .addObject()
        .put("text", TINY_TURN);
    if (s.system() != null) {
      ArrayNode system = b.putArray("system");
      if (s.system().isArray()) {
        s.system()
            .forEach(
                block ->
                    system
                        .addObject()
                        .put(
                            "text",
                            block.isTextual() ? block.asText() : block.path("text").asText()));
      } else {
        system.addObject().put("text", s.system().asText());
      }
    }
    ObjectNode inference = F.objectNode();
    putNumber(inference, "maxTokens", s.maxTokens());
    putNumber(inference, "temperature", s.temperature());
    putNumber(inference, "topP", s.topP());
    if (!inference.isEmpty()) {
      b.set("inferenceConfig", inference);
    }
    ArrayNode custom = F.arrayNode();
    ArrayNode anthropic = F.arrayNode();
    for (ToolShape t : s.tools()) {
      if (t.anthropicDefined()) {
        anthropic.add(t.declaration());
      } else {
        ObjectNode spec = custom.addObject().putObject("toolSpec");
        spec.put("name", t.name());
        if (t.declaration().has("description")) {
          spec.set("description", t.declaration().get("description"));
        }
        spec.putObject("inputSchema").set("json", t.declaration().path("input_schema"));
      }
    }
    if (!custom.isEmpty()) {
      b.putObject("toolConfig").set("tools", custom);
    }
    ObjectNode fields = F.objectNode();
    if (!anthropic.isEmpty()) {
      fields.set("tools", anthropic);
    }
    anthropicFields(s, fields);
    putNumber(fields, "top_k", s.topK());
    if (!fields.isEmpty()) {
      b.set("additionalModelRequestFields", fields);
    }
    if (s.guardrailId() != null) {
      ObjectNode g = b.putObject("guardrailConfig");
      g.put("guardrailIdentifier", s.guardrailId());
      g.put("guardrailVersion", s.guardrailVersion() == null ? "DRAFT" : s.guardrailVersion());
    }
    return b;
  }

  /** The Anthropic Messages body of an InvokeModel shape, as the project sends it. */
  static ObjectNode messages(RequestShape s) {
    ObjectNode b = F.objectNode();
    b.put("anthropic_version", ANTHROPIC_VERSION);
    putNumber(b, "max_tokens", s.maxTokens());
    if (s.system() != null) {
      b.set("system", s.system());
    }
    b.putArray("messages").addObject().put("role", "user").put("content", TINY_TURN);
    if (!s.tools().isEmpty()) {
      ArrayNode tools = b.putArray("tools");
      s.tools().forEach(t -> tools.add(t.declaration()));
    }
    anthropicFields(s, b);
    putNumber(b, "temperature", s.temperature());
    putNumber(b, "top_p", s.topP());
    putNumber(b, "top_k", s.topK());
    return b;
  }

  private static void anthropicFields(RequestShape s, ObjectNode o) {
    if (s.thinking() != null) {
      o.set("thinking", s.thinking());
    }
    if (!s.betas().isEmpty()) {
      ArrayNode betas = o.putArray("anthropic_beta");
      s.betas().forEach(betas::add);
    }
  }

  private static void putNumber(ObjectNode o, String key, Number n) {
    if (n instanceof Integer i) {
      o.put(key, i);
    } else if (n instanceof Double d) {
      o.put(key, d);
    }
  }
}
