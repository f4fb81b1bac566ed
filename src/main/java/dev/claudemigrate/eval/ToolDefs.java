package dev.claudemigrate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tool definitions in the Anthropic ({@code input_schema}), Converse ({@code toolSpec}) or
 * OpenAI ({@code function}) shape.
 */
final class ToolDefs {
  private ToolDefs() {}

  static List<ToolDef> parse(JsonNode tools) throws CaseParser.CaseException {
    List<ToolDef> out = new ArrayList<>();
    if (tools == null || tools.isNull()) {
      return out;
    }
    if (!tools.isArray()) {
      throw new CaseParser.CaseException("'tools' must be a list");
    }
    for (JsonNode t : tools) {
      out.add(one(t, out.size() + 1));
    }
    return out;
  }

  private static ToolDef one(JsonNode t, int index) throws CaseParser.CaseException {
    JsonNode spec =
        t.has("toolSpec") ? t.get("toolSpec") : t.has("function") ? t.get("function") : t;
    String name = spec.path("name").asText("");
    if (name.isEmpty()) {
      throw new CaseParser.CaseException("tool " + index + ": needs a 'name'");
    }
    JsonNode schema =
        spec.has("input_schema")
            ? spec.get("input_schema")
            : spec.has("inputSchema")
                ? spec.get("inputSchema").path("json").isMissingNode()
                    ? spec.get("inputSchema")
                    : spec.get("inputSchema").get("json")
                : spec.get("parameters");
    if (schema == null || !schema.isObject()) {
      throw new CaseParser.CaseException(
          "tool " + index + " (" + name + "): needs an input schema ('input_schema')");
    }
    String description = spec.hasNonNull("description") ? spec.get("description").asText() : null;
    return new ToolDef(name, description, schema);
  }
}
