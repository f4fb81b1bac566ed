package dev.claudemigrate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The {@code tool-call} assertion: the answer calls a tool (the named one, if given) with arguments
 * that include the expected ones ({@code {"name": "lookup_order", "args": {"order_id": "A-1"}}}).
 */
final class ToolCallCheck {
  private ToolCallCheck() {}

  static AssertionResult check(AssertionSpec a, List<ToolCall> calls) {
    if (calls.isEmpty()) {
      return AssertionResult.of(a, false, "no tool call in the answer");
    }
    JsonNode v = a.value();
    String name = v == null ? null : v.isTextual() ? v.asText() : v.path("name").asText();
    JsonNode args = v != null && v.has("args") ? v.get("args") : null;
    List<ToolCall> named =
        calls.stream().filter(c -> name == null || name.equals(c.name())).toList();
    if (named.isEmpty()) {
      return AssertionResult.of(
          a,
          false,
          "called " + String.join(", ", calls.stream().map(ToolCall::name).toList()) + " instead");
    }
    if (args == null || named.stream().anyMatch(c -> JsonValues.subset(args, c.input()))) {
      return AssertionResult.pass(a);
    }
    return AssertionResult.of(a, false, name + " called with " + named.get(0).input());
  }
}
