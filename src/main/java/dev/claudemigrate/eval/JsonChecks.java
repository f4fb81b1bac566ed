package dev.claudemigrate.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON helpers for the json-* assertions: strict parsing, schemas, and simple JSON paths. */
final class JsonChecks {
  static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final Pattern STEP =
      Pattern.compile("\\.([A-Za-z_$][A-Za-z0-9_$-]*)|\\[(\\d+)]|\\['([^']*)'\\]|\\[\"([^\"]*)\"]");

  private JsonChecks() {}

  /** The answer as JSON if the whole answer (surrounding white space aside) is one JSON value. */
  static Optional<JsonNode> parseStrict(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try (var parser = MAPPER.createParser(t)) {
      JsonNode node = MAPPER.readTree(parser);
      return parser.nextToken() == null ? Optional.ofNullable(node) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Compiles a JSON schema (draft from its {@code $schema}, else 2020-12). */
  static JsonSchema schema(JsonNode schema) {
    if (!schema.isObject()) {
      throw new IllegalArgumentException("'value' must be a JSON schema object");
    }
    SpecVersion.VersionFlag version;
    try {
      version =
          schema.has("$schema")
              ? SpecVersionDetector.detect(schema)
              : SpecVersion.VersionFlag.V202012;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown $schema " + schema.get("$schema"));
    }
    return JsonSchemaFactory.getInstance(version).getSchema(schema);
  }

  /** Schema violations of {@code node}, one line each (empty when valid). */
  static List<String> violations(JsonNode schema, JsonNode node) {
    return schema(schema).validate(node).stream().map(m -> m.getMessage()).sorted().toList();
  }

  /**
   * Splits a path into steps: {@code $.a.b[0]}, {@code $['a b']} or a JSON pointer {@code /a/b/0}.
   * Field names are strings, array indexes integers.
   */
  static List<Object> pathTokens(String path) {
    List<Object> out = new ArrayList<>();
    if (path.startsWith("/")) {
      for (String part : path.substring(1).split("/", -1)) {
        String name = part.replace("~1", "/").replace("~0", "~");
        out.add(name.matches("\\d+") ? (Object) Integer.valueOf(name) : name);
      }
      return out;
    }
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("path must start with '$' or '/': " + path);
    }
    Matcher m = STEP.matcher(path);
    int at = 1;
    while (at < path.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException(
            "cannot read path " + path + " at '" + path.substring(at) + "'");
      }
      out.add(
          m.group(2) != null
              ? (Object) Integer.valueOf(m.group(2))
              : m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4));
      at = m.end();
    }
    return out;
  }

  /** The value at {@code path}, if there is one. */
  static Optional<JsonNode> at(JsonNode root, String path) {
    JsonNode n = root;
    for (Object step : pathTokens(path)) {
      n = step instanceof Integer i ? n.path(i) : n.path((String) step);
      if (n.isMissingNode()) {
        return Optional.empty();
      }
    }
    return Optional.of(n);
  }

  /** Compact JSON text of a node. */
  static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
