package dev.claudemigrate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * JSON comparisons that treat 30 and 30.0 alike and let an expected object name only some fields.
 */
final class JsonValues {
  private JsonValues() {}

  /**
   * Whether {@code actual} equals {@code expected}; numbers by value, strings against scalars by
   * text.
   */
  static boolean same(JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.isTextual() && actual.isValueNode()) {
      return expected.asText().equals(actual.asText());
    }
    return expected.equals(actual);
  }

  /**
   * Whether every field of {@code expected} is in {@code actual} with a {@link #same} value
   * (recursively for objects).
   */
  static boolean subset(JsonNode expected, JsonNode actual) {
    if (!expected.isObject()) {
      return same(expected, actual);
    }
    if (actual == null || !actual.isObject()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> e : expected.properties()) {
      if (!actual.has(e.getKey()) || !subset(e.getValue(), actual.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
