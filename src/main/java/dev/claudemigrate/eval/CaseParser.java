package dev.claudemigrate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns one dataset entry (JSON or YAML, promptfoo-like) into an {@link EvalCase}, or says what is
 * wrong.
 */
final class CaseParser {
  private static final Pattern VAR = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "description",
          "prompt",
          "messages",
          "system",
          "tools",
          "vars",
          "assert",
          "max_tokens",
          "maxTokens",
          "reference",
          "metadata");

  /** A dataset entry is malformed. */
  static final class CaseException extends Exception {
    private static final long serialVersionUID = 1L;

    CaseException(String message) {
      super(message);
    }
  }

  private CaseParser() {}

  static EvalCase parse(JsonNode node, int line) throws CaseException {
    if (node == null || !node.isObject()) {
      throw new CaseException("a case must be an object with 'prompt' or 'messages'");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new CaseException(
            "unknown key '"
                + key
                + "' (known: "
                + String.join(", ", KEYS.stream().sorted().toList())
                + ")");
      }
    }
    Map<String, String> vars = vars(node.get("vars"));
    String id = node.hasNonNull("id") ? node.get("id").asText() : "line-" + line;
    List<Message> messages = messages(node, vars);
    int maxTokens =
        node.path("max_tokens").asInt(node.path("maxTokens").asInt(EvalCase.DEFAULT_MAX_TOKENS));
    if (maxTokens < 1) {
      throw new CaseException("max_tokens must be at least 1");
    }
    return new EvalCase(
        id,
        text(node.get("description"), vars),
        system(node.get("system"), vars),
        messages,
        ToolDefs.parse(node.get("tools")),
        maxTokens,
        assertions(node.get("assert"), vars),
        text(node.get("reference"), vars),
        line);
  }

  private static Map<String, String> vars(JsonNode vars) throws CaseException {
    Map<String, String> out = new LinkedHashMap<>();
    if (vars == null || vars.isNull()) {
      return out;
    }
    if (!vars.isObject()) {
      throw new CaseException("'vars' must be an object of names to values");
    }
    vars.properties()
        .forEach(
            e ->
                out.put(
                    e.getKey(),
                    e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
    return out;
  }

  private static List<Message> messages(JsonNode node, Map<String, String> vars)
      throws CaseException {
    boolean hasPrompt = node.hasNonNull("prompt");
    boolean hasMessages = node.hasNonNull("messages");
    if (hasPrompt == hasMessages) {
      throw new CaseException("give exactly one of 'prompt' or 'messages'");
    }
    if (hasPrompt) {
      if (!node.get("prompt").isTextual()) {
        throw new CaseException("'prompt' must be a string");
      }
      return List.of(new Message("user", substitute(node.get("prompt").asText(), vars)));
    }
    JsonNode list = node.get("messages");
    if (!list.isArray() || list.isEmpty()) {
      throw new CaseException("'messages' must be a non-empty list of {role, content}");
    }
    List<Message> out = new ArrayList<>();
    for (JsonNode m : list) {
      String role = m.path("role").asText();
      if (!role.equals("user") && !role.equals("assistant")) {
        throw new CaseException(
            "message "
                + (out.size() + 1)
                + ": role must be 'user' or 'assistant', got '"
                + role
                + "'");
      }
      out.add(new Message(role, substitute(contentText(m.get("content"), out.size() + 1), vars)));
    }
    if (!out.get(out.size() - 1).role().equals("user")) {
      throw new CaseException("the last message must be from the user");
    }
    return out;
  }

  /**
   * Content as a string, or a list of text blocks ({@code {text}} or {@code {type: text, text}}).
   */
  static String contentText(JsonNode content, int index) throws CaseException {
    if (content != null && content.isTextual()) {
      return content.asText();
    }
    if (content == null || !content.isArray()) {
      throw new CaseException(
          "message " + index + ": 'content' must be a string or a list of text blocks");
    }
    StringBuilder sb = new StringBuilder();
    for (JsonNode block : content) {
      if (!block.path("text").isTextual()) {
        throw new CaseException(
            "message " + index + ": only text content blocks are supported, got " + block);
      }
      sb.append(sb.length() == 0 ? "" : "\n").append(block.get("text").asText());
    }
    return sb.toString();
  }

  private static String system(JsonNode system, Map<String, String> vars) throws CaseException {
    if (system != null && system.isArray()) {
      return substitute(contentText(system, 0), vars);
    }
    return text(system, vars);
  }

  private static String text(JsonNode n, Map<String, String> vars) throws CaseException {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new CaseException("expected a string, got " + n);
    }
    return substitute(n.asText(), vars);
  }

  private static List<AssertionSpec> assertions(JsonNode list, Map<String, String> vars)
      throws CaseException {
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new CaseException("'assert' must be a list");
    }
    List<AssertionSpec> out = new ArrayList<>();
    for (JsonNode a : list) {
      out.add(assertion(a, out.size() + 1, vars));
    }
    return out;
  }

  private static AssertionSpec assertion(JsonNode a, int index, Map<String, String> vars)
      throws CaseException {
    String where = "assert " + index + ": ";
    String name = a.path("type").asText();
    AssertionType type =
        AssertionType.of(name)
            .orElseThrow(
                () ->
                    new CaseException(
                        where
                            + "unknown type '"
                            + name
                            + "' (known: "
                            + AssertionType.known()
                            + ")"));
    JsonNode value = a.get("value");
    if (value != null && value.isTextual()) {
      value = TextNode.valueOf(substitute(value.asText(), vars));
    }
    String path = a.hasNonNull("path") ? a.get("path").asText() : null;
    AssertionSpec spec =
        new AssertionSpec(type, value == null || value.isNull() ? null : value, path);
    try {
      validate(spec);
    } catch (PatternSyntaxException e) {
      throw new CaseException(
          where + "bad regular expression: " + e.getDescription() + " near index " + e.getIndex());
    } catch (IllegalArgumentException e) {
      throw new CaseException(where + type.wireName() + ": " + e.getMessage());
    }
    return spec;
  }

  private static void validate(AssertionSpec spec) {
    JsonNode v = spec.value();
    if (spec.type().needsValue() && v == null) {
      throw new IllegalArgumentException("needs a 'value'");
    }
    switch (spec.type()) {
      case CONTAINS, NOT_CONTAINS, ICONTAINS, EQUALS, LLM_RUBRIC ->
          require(v.isTextual(), "'value' must be a string");
      case REGEX -> Pattern.compile(v.asText());
      case JSON_SCHEMA -> JsonChecks.schema(v);
      case JSON_PATH ->
          JsonChecks.pathTokens(require(spec.path(), "needs a 'path' such as $.refund.days"));
      case TOOL_CALL ->
          require(
              v == null || v.isTextual() || v.path("name").isTextual(),
              "'value' must be a tool name or {name, args}");
      case MAX_LATENCY_MS, MAX_OUTPUT_TOKENS, MAX_COST ->
          require(v.isNumber() && v.asDouble() >= 0, "'value' must be a non-negative number");
      default -> {}
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  private static String require(String s, String message) {
    require(s != null && !s.isBlank(), message);
    return s;
  }

  /** Replaces {@code {{name}}} with the case's variable; unknown names stay as written. */
  static String substitute(String text, Map<String, String> vars) {
    if (vars.isEmpty() || text == null) {
      return text;
    }
    Matcher m = VAR.matcher(text);
    return m.replaceAll(r -> Matcher.quoteReplacement(vars.getOrDefault(r.group(1), r.group())));
  }
}
