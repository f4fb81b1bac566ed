package dev.claudemigrate.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One check of a case's answer, as written in the dataset.
 *
 * @param type the assertion type, e.g. {@code contains} or {@code json-path}
 * @param value the expected value (string, number, schema or object, depending on the type), or
 *     null
 * @param path the JSON path for {@code json-path}, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssertionSpec(AssertionType type, JsonNode value, String path) {

  /** A short human description, e.g. {@code contains "30 days"}. */
  public String describe() {
    String v =
        value == null
            ? ""
            : " " + (value.isTextual() ? "\"" + value.asText() + "\"" : value.toString());
    if (v.length() > 80) {
      v = v.substring(0, 77) + "...";
    }
    return type.wireName() + (path == null ? "" : " " + path) + v;
  }
}
