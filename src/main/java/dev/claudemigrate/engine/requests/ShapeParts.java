package dev.claudemigrate.engine.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.engine.requests.RequestReader.Found;
import dev.claudemigrate.engine.requests.RequestShape.Api;
import dev.claudemigrate.engine.syntax.structure.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the parts of one request as they are read, keeping what is built at run time apart
 * (named, with its expression) instead of guessing it, and makes the {@link RequestShape}.
 */
final class ShapeParts {
  private static final Pattern ARN_REGION =
      Pattern.compile("^arn:aws[a-z-]*:bedrock:([a-z0-9-]+):");

  private final Api api;
  private final String region;
  private String model;
  private String modelNote;
  private String modelRuntime = "model ID: not set";
  private JsonNode system;
  private Integer maxTokens;
  private JsonNode thinking;
  private final List<String> betas = new ArrayList<>();
  private Double temperature;
  private Double topP;
  private Integer topK;
  private final List<ToolShape> tools = new ArrayList<>();
  private String guardrailId;
  private String guardrailVersion;
  private final List<String> runtimeNames = new ArrayList<>();
  private final List<String> runtimeDetails = new ArrayList<>();

  ShapeParts(Api api, String region) {
    this.api = api;
    this.region = region;
  }

  void model(Optional<Read<JsonNode>> id) {
    if (id.isEmpty()) {
      return;
    }
    Read<JsonNode> r = id.get();
    if (r.isKnown() && r.value().isTextual() && !r.value().asText().isBlank()) {
      model = r.value().asText();
      modelNote = r.note();
      modelRuntime = null;
    } else {
      modelRuntime = "model ID: " + (r.isKnown() ? r.value().toString() : r.runtime());
    }
  }

  void system(Optional<Read<JsonNode>> r) {
    known(r, "system").ifPresent(v -> system = v);
  }

  void maxTokens(Optional<Read<JsonNode>> r) {
    integer(r, "max_tokens").ifPresent(v -> maxTokens = v);
  }

  void temperature(Optional<Read<JsonNode>> r) {
    number(r, "temperature").ifPresent(v -> temperature = v);
  }

  void topP(Optional<Read<JsonNode>> r) {
    number(r, "top_p").ifPresent(v -> topP = v);
  }

  void topK(Optional<Read<JsonNode>> r) {
    integer(r, "top_k").ifPresent(v -> topK = v);
  }

  void thinking(Optional<Read<JsonNode>> r) {
    known(r, "thinking").filter(JsonNode::isObject).ifPresent(v -> thinking = v);
  }

  void betas(Optional<Read<JsonNode>> r) {
    known(r, "anthropic_beta").ifPresent(v -> v.forEach(b -> betas.add(b.asText())));
  }

  void guardrail(Optional<Read<JsonNode>> id, Optional<Read<JsonNode>> version) {
    known(id, "guardrail").ifPresent(v -> guardrailId = v.asText());
    known(version, "guardrail version").ifPresent(v -> guardrailVersion = v.asText());
  }

  /**
   * The tools of a list: Anthropic-defined ({@code type} + {@code name}), Messages custom tools
   * ({@code name}, {@code input_schema}) or, in a Converse toolConfig, {@code toolSpec} entries.
   */
  void tools(Optional<Read<JsonNode>> list, boolean converseToolConfig) {
    Optional<JsonNode> known = known(list, converseToolConfig ? "toolConfig.tools" : "tools");
    if (known.isEmpty()) {
      return;
    }
    for (JsonNode t : known.get()) {
      JsonNode spec = converseToolConfig ? get(t, "toolSpec") : t;
      String type = get(t, "type").asText(null);
      if (spec.isMissingNode() || get(spec, "name").asText("").isEmpty()) {
        runtime(converseToolConfig ? "toolConfig.tools" : "tools", t.toString());
      } else if (!converseToolConfig && type != null && !type.equals("custom")) {
        tools.add(new ToolShape(type, get(t, "name").asText(), t));
      } else {
        tools.add(new ToolShape(null, get(spec, "name").asText(), custom(spec)));
      }
    }
  }

  /** A custom tool as {@code {name, description, input_schema}}, from either API's spelling. */
  private static JsonNode custom(JsonNode spec) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("name", get(spec, "name").asText());
    if (get(spec, "description").isTextual()) {
      o.put("description", get(spec, "description").asText());
    }
    // input_schema and inputSchema compare equal; Converse wraps the schema as {"json": ...}.
    JsonNode schema = get(spec, "input_schema");
    if (schema.size() == 1 && schema.has("json")) {
      schema = schema.get("json");
    }
    if (!schema.isMissingNode()) {
      o.set("input_schema", schema);
    }
    return o;
  }

  /**
   * Keys of {@code keys} that the object does not set but its source mentions as a quoted key that
   * is no member of any object: set by code the static reading does not follow ({@code
   * body.putArray("tools").add(...)}).
   *
   * @param keyStarts the key offsets of every member of the file's objects
   */
  void unreadKeys(String text, Mapping body, Set<Integer> keyStarts, List<String> keys) {
    int from = body.members().stream().mapToInt(m -> m.keyStart()).min().orElse(body.start());
    int to = Math.max(body.end(), body.members().stream().mapToInt(m -> m.end()).max().orElse(0));
    from = Math.min(from, body.start());
    to = Math.min(to, text.length());
    for (String key : keys) {
      if (body.member(key).isPresent()) {
        continue;
      }
      Matcher m =
          Pattern.compile("[\"']" + Pattern.quote(key) + "[\"']").matcher(text).region(from, to);
      while (m.find()) {
        if (!keyStarts.contains(m.start()) && !keyStarts.contains(m.start() + 1)) {
          runtime(key, "set by code this reading does not follow");
          break;
        }
      }
    }
  }

  void runtime(String part, String expression) {
    runtimeNames.add(part);
    runtimeDetails.add(part + ": " + shorten(expression));
  }

  Found runtimeRequest(CallSite site, String reason) {
    return new Found(null, null, new RuntimeRequest(withRuntime(site), api, reason));
  }

  Found found(CallSite site) {
    if (modelRuntime != null) {
      return runtimeRequest(site, modelRuntime);
    }
    RequestShape shape =
        new RequestShape(
            api,
            model,
            modelNote,
            regionOf(model),
            system,
            maxTokens,
            thinking,
            betas,
            temperature,
            topP,
            topK,
            tools,
            guardrailId,
            guardrailVersion,
            runtimeNames);
    return new Found(shape, withRuntime(site), null);
  }

  private CallSite withRuntime(CallSite site) {
    return new CallSite(site.path(), site.line(), site.bodyLine(), runtimeDetails);
  }

  /** An ARN names its region; otherwise the region the file or project states. */
  private String regionOf(String id) {
    Matcher m = ARN_REGION.matcher(id);
    return m.find() ? m.group(1) : region;
  }

  private Optional<JsonNode> known(Optional<Read<JsonNode>> r, String part) {
    if (r.isEmpty()) {
      return Optional.empty();
    }
    if (!r.get().isKnown()) {
      runtime(part, r.get().runtime());
      return Optional.empty();
    }
    return Optional.of(r.get().value());
  }

  private Optional<Integer> integer(Optional<Read<JsonNode>> r, String part) {
    return number(r, part).map(Double::intValue);
  }

  private Optional<Double> number(Optional<Read<JsonNode>> r, String part) {
    Optional<JsonNode> v = known(r, part);
    if (v.isPresent() && !v.get().isNumber()) {
      runtime(part, v.get().toString());
      return Optional.empty();
    }
    return v.map(JsonNode::asDouble);
  }

  /** The member of {@code o} whose key is {@code key} in any spelling (snake, camel, Pascal). */
  static JsonNode get(JsonNode o, String key) {
    String want = normalize(key);
    for (Map.Entry<String, JsonNode> e : o.properties()) {
      if (normalize(e.getKey()).equals(want)) {
        return e.getValue();
      }
    }
    return MissingNode.getInstance();
  }

  private static String normalize(String key) {
    return key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }
}
