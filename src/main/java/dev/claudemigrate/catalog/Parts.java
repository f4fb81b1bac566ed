package dev.claudemigrate.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the merged catalog tree into typed values. Vocabulary was checked per file before merging
 * ({@link Vocabulary}); what is left to check here spans files (a target naming a model another
 * file defines).
 */
final class Parts {
  private final Map<String, ObjectNode> sources;

  Parts(Map<String, ObjectNode> sources) {
    this.sources = sources;
  }

  Model model(JsonNode n) {
    String key = text(n, "key");
    String at = "models[" + key + "]";
    for (String required : List.of("name", "bedrockId")) {
      if (text(n, required) == null) {
        throw new CatalogException(at + ": has no " + required);
      }
    }
    Api api = enumOr(n, "api", Api.class, Api.CONVERSE, at);
    if (api == Api.CONVERSE && text(n, "anthropicId") == null) {
      throw new CatalogException(at + ": has no anthropicId");
    }
    JsonNode anthropic = n.path("anthropicApi");
    return new Model(
        key,
        text(n, "name"),
        enumOr(n, "family", ModelFamily.class, null, at),
        text(n, "version"),
        api,
        text(n, "anthropicId"),
        strings(n.path("anthropicAliases")),
        text(n, "bedrockId"),
        strings(n.path("profilePrefixes")),
        text(n, "vertexId"),
        n.path("requiresProfile").asBoolean(false),
        text(n, "successor"),
        lifecycle(n.path("lifecycle"), at + ".lifecycle"),
        anthropic.isObject() ? lifecycle(anthropic, at + ".anthropicApi") : null,
        n.path("contextTokens").asInt(0),
        n.path("maxOutputTokens").asInt(0),
        price(n.path("price")),
        text(n, "textEditorType"));
  }

  private Lifecycle lifecycle(JsonNode n, String at) {
    return new Lifecycle(
        date(n, "legacyFrom", at),
        date(n, "extendedAccessFrom", at),
        date(n, "endOfLife", at),
        enumOr(n, "declared", Lifecycle.State.class, null, at),
        text(n, "note"),
        source(n.path("source"), at + ".source"));
  }

  private Price price(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    return new Price(
        new BigDecimal(n.path("input").asText()),
        new BigDecimal(n.path("output").asText()),
        text(n, "note"),
        source(n.path("source"), "price.source"));
  }

  /** A source object, or the key of a named one. */
  private Source source(JsonNode n, String at) {
    if (n.isMissingNode() || n.isNull()) {
      return new Source("user catalog", null, null, false);
    }
    if (n.isTextual()) {
      ObjectNode named = sources.get(n.asText());
      if (named == null) {
        throw new CatalogException(at + ": unknown source '" + n.asText() + "'");
      }
      n = named;
    }
    return new Source(
        text(n, "name"), text(n, "url"), text(n, "readOn"), n.path("uncertain").asBoolean(false));
  }

  Target target(JsonNode n, Map<String, Model> models, Map<String, ToolVersion> tools) {
    String name = text(n, "name");
    String at = "targets[" + name + "]";
    String model = text(n, "model");
    if (!models.containsKey(model)) {
      throw new CatalogException(at + ".model: unknown model '" + model + "'");
    }
    if (!models.get(model).converse()) {
      throw new CatalogException(
          at
              + ".model: "
              + models.get(model).name()
              + " is served only by the Messages API, not a Converse target");
    }
    Map<String, Level> replaces = new LinkedHashMap<>();
    n.path("replaces")
        .properties()
        .forEach(
            e -> {
              if (!models.containsKey(e.getKey())) {
                throw new CatalogException(at + ".replaces: unknown model '" + e.getKey() + "'");
              }
              replaces.put(
                  e.getKey(),
                  Vocabulary.parse(Level.class, e.getValue().asText(), at + ".replaces"));
            });
    return new Target(name, model, replaces, text(n, "description"), behaviour(n, tools, at));
  }

  private static Behaviour behaviour(JsonNode n, Map<String, ToolVersion> tools, String at) {
    Map<ToolFamily, String> toolTypes = new EnumMap<>(ToolFamily.class);
    n.path("tools")
        .properties()
        .forEach(
            e -> {
              ToolFamily f = Vocabulary.parse(ToolFamily.class, e.getKey(), at + ".tools");
              String type = e.getValue().asText();
              ToolVersion v = tools.get(type);
              if (v == null || v.family() != f) {
                throw new CatalogException(
                    at + ".tools." + e.getKey() + ": unknown " + f.id() + " tool '" + type + "'");
              }
              toolTypes.put(f, type);
            });
    toolTypes.putIfAbsent(ToolFamily.TEXT_EDITOR, "text_editor_20250728");
    Map<String, BetaAction> betas = new LinkedHashMap<>();
    n.path("betas")
        .properties()
        .forEach(
            e ->
                betas.put(
                    e.getKey(),
                    Vocabulary.parse(BetaAction.class, e.getValue().asText(), at + ".betas")));
    return new Behaviour(
        toolTypes,
        betas,
        enumOr(n, "samplingTogether", Level.class, Level.WARNING, at),
        Optional.ofNullable(enumOr(n, "prefill", Level.class, null, at)),
        enumOr(n, "thinkingBudget", Vocabulary.ThinkingBudget.class, null, at)
            == Vocabulary.ThinkingBudget.DEPRECATED,
        strings(n.path("stopReasons")));
  }

  ToolVersion tool(JsonNode n) {
    String at = "tools[" + text(n, "type") + "]";
    return new ToolVersion(
        text(n, "type"),
        text(n, "name"),
        enumOr(n, "family", ToolFamily.class, null, at),
        strings(n.path("models")),
        text(n, "beta"),
        n.path("undoEdit").asBoolean(false),
        text(n, "successor"),
        strings(n.path("sdkTypeNames")));
  }

  BetaFlag beta(String value, JsonNode n) {
    return new BetaFlag(
        value,
        enumOr(n, "action", BetaAction.class, BetaAction.KEEP, "betas[" + value + "]"),
        text(n, "replacement"),
        text(n, "note"));
  }

  private static <E extends Enum<E>> E enumOr(
      JsonNode n, String field, Class<E> type, E fallback, String at) {
    String s = text(n, field);
    return s == null ? fallback : Vocabulary.parse(type, s, at + "." + field);
  }

  private static LocalDate date(JsonNode n, String field, String at) {
    String s = text(n, field);
    return s == null ? null : Vocabulary.date(s, at + "." + field);
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }
}
