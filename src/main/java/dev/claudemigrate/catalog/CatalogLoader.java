package dev.claudemigrate.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the catalog data file shipped in the jar and merges a user's override file into it. */
public final class CatalogLoader {
  /** The built-in catalog's source; a run reads its compiled JSON ({@link BuiltinData}). */
  static final String BUILTIN = "/dev/claudemigrate/catalog/catalog.yaml";

  private CatalogLoader() {}

  /** The built-in catalog (immutable, read once per process). */
  public static Catalog builtin() {
    return Builtin.CATALOG;
  }

  /**
   * Holds the built-in catalog; the JVM's class initialisation makes the first read thread-safe.
   */
  private static final class Builtin {
    static final Catalog CATALOG = merge(List.of(readBuiltin()), List.of("built-in catalog"));
  }

  /**
   * The built-in catalog with {@code override} merged over it: models, targets, tools and betas
   * replace built-in entries with the same key field by field, and new keys are added.
   *
   * @throws CatalogException with one line naming the file and the key or reason, when the file
   *     cannot be read, has the wrong shape or uses a value outside the catalog's vocabulary
   */
  public static Catalog withOverride(Path override) {
    JsonNode user;
    try {
      user = BuiltinData.readYaml(Files.readString(override));
    } catch (IOException e) {
      throw new CatalogException(ReadErrors.describe(override.toString(), e), e);
    }
    if (user == null || !user.isObject()) {
      throw new CatalogException(override + ": catalog must be a YAML or JSON object");
    }
    Vocabulary.check(user, override.toString());
    try {
      return merge(List.of(readBuiltin(), user), List.of("built-in catalog", override.toString()));
    } catch (CatalogException e) {
      throw new CatalogException(override + ": " + e.getMessage(), e);
    }
  }

  /** The built-in catalog's tree (compiled JSON, {@link BuiltinData}), checked. */
  private static JsonNode readBuiltin() {
    return checked(BuiltinData.read(BUILTIN));
  }

  static JsonNode checked(JsonNode n) {
    Vocabulary.check(n, "built-in catalog");
    return n;
  }

  /** Merges the built-in tree {@code builtin} alone: every check a catalog must pass. */
  static Catalog fromBuiltinTree(JsonNode builtin) {
    return merge(List.of(builtin), List.of("built-in catalog"));
  }

  private static Catalog merge(List<JsonNode> layers, List<String> sourceNames) {
    Map<String, ObjectNode> models = new LinkedHashMap<>();
    Map<String, ObjectNode> targets = new LinkedHashMap<>();
    Map<String, ObjectNode> tools = new LinkedHashMap<>();
    Map<String, ObjectNode> betas = new LinkedHashMap<>();
    Map<String, ObjectNode> sources = new LinkedHashMap<>();
    Map<String, String> bogus = new LinkedHashMap<>();
    Map<String, List<String>> regionPrefixes = new LinkedHashMap<>();
    // Not through a mapper: the YAML one would load the YAML parser on every run (ADR 0111).
    ObjectNode defaultTarget = JsonNodeFactory.instance.objectNode();
    for (JsonNode layer : layers) {
      mergeList(layer.path("models"), "key", models);
      mergeList(layer.path("targets"), "name", targets);
      mergeList(layer.path("tools"), "type", tools);
      mergeList(layer.path("betas"), "value", betas);
      layer
          .path("sources")
          .properties()
          .forEach(e -> sources.put(e.getKey(), (ObjectNode) e.getValue()));
      layer
          .path("bogusIds")
          .forEach(b -> bogus.put(b.path("value").asText(), b.path("meant").asText()));
      layer
          .path("regionPrefixes")
          .properties()
          .forEach(e -> regionPrefixes.put(e.getKey(), listOrOne(e.getValue())));
      if (layer.path("defaultTarget").isObject()) {
        defaultTarget.setAll((ObjectNode) layer.path("defaultTarget"));
      }
    }
    Parts parts = new Parts(sources);
    Map<String, Model> m = new LinkedHashMap<>();
    models.forEach((k, v) -> m.put(k, parts.model(v)));
    m.values().forEach(model -> checkSuccessor(model, m));
    Map<String, ToolVersion> tv = new LinkedHashMap<>();
    tools.forEach((k, v) -> tv.put(k, parts.tool(v)));
    Map<String, Target> t = new LinkedHashMap<>();
    targets.forEach((k, v) -> t.put(k, parts.target(v, m, tv)));
    Map<String, BetaFlag> b = new LinkedHashMap<>();
    betas.forEach((k, v) -> b.put(k, parts.beta(k, v)));
    bogus.forEach(
        (id, key) -> {
          if (!m.containsKey(key)) {
            throw new CatalogException("bogusIds[" + id + "].meant: unknown model '" + key + "'");
          }
        });
    DefaultTarget def =
        new DefaultTarget(
            Vocabulary.parse(
                ModelFamily.class,
                defaultTarget.path("family").asText("sonnet"),
                "defaultTarget.family"),
            defaultTarget.path("generation").asInt(4));
    return new Catalog(m, bogus, t, tv, b, regionPrefixes, def, sourceNames);
  }

  private static void checkSuccessor(Model model, Map<String, Model> all) {
    if (model.successor() != null && !all.containsKey(model.successor())) {
      throw new CatalogException(
          "models[" + model.key() + "].successor: unknown model '" + model.successor() + "'");
    }
  }

  private static List<String> listOrOne(JsonNode n) {
    return n.isArray() ? Parts.strings(n) : List.of(n.asText());
  }

  private static void mergeList(JsonNode list, String keyField, Map<String, ObjectNode> into) {
    for (JsonNode item : list) {
      String key = item.path(keyField).asText(null);
      if (key == null || !item.isObject()) {
        throw new CatalogException("catalog entry without '" + keyField + "': " + item);
      }
      ObjectNode existing = into.get(key);
      if (existing == null) {
        into.put(key, ((ObjectNode) item).deepCopy());
      } else {
        existing.setAll((ObjectNode) item);
      }
    }
  }
}
