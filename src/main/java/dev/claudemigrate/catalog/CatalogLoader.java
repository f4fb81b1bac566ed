package dev.claudemigrate.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the catalog data file shipped in the jar and merges a user's override file into it. */
public final class CatalogLoader {
  private static final String BUILTIN = "/dev/claudemigrate/catalog/catalog.yaml";

  private CatalogLoader() {}

  /** The built-in catalog (immutable, read once per process). */
  public static Catalog builtin() {
    return Builtin.CATALOG;
  }

  /**
   * Starts reading the built-in catalog on a background thread, so that the YAML parser's class
   * loading (about a third of a second on a cold JVM) overlaps the command-line parsing; a later
   * {@link #builtin()} waits for it. Only the process entry point calls this.
   */
  public static void preload() {
    Thread t = new Thread(CatalogLoader::builtin, "catalog-preload");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The YAML reader, built on first use: {@link #preload} must not build it on the caller's thread.
   */
  private static final class Yaml {
    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
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
   * @throws CatalogException when the file cannot be read or has the wrong shape
   */
  public static Catalog withOverride(Path override) {
    JsonNode user;
    try {
      user = Yaml.MAPPER.readTree(Files.readString(override));
    } catch (IOException e) {
      throw new CatalogException(ReadErrors.describe(override.toString(), e), e);
    }
    if (user == null || !user.isObject()) {
      throw new CatalogException(override + ": catalog must be a YAML or JSON object");
    }
    return merge(List.of(readBuiltin(), user), List.of("built-in catalog", override.toString()));
  }

  private static JsonNode readBuiltin() {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(BUILTIN)) {
      return Yaml.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Catalog merge(List<JsonNode> layers, List<String> sourceNames) {
    Map<String, ObjectNode> models = new LinkedHashMap<>();
    Map<String, ObjectNode> targets = new LinkedHashMap<>();
    Map<String, ObjectNode> tools = new LinkedHashMap<>();
    Map<String, ObjectNode> betas = new LinkedHashMap<>();
    Map<String, String> bogus = new LinkedHashMap<>();
    Map<String, String> regionPrefixes = new LinkedHashMap<>();
    for (JsonNode layer : layers) {
      mergeList(layer.path("models"), "key", models);
      mergeList(layer.path("targets"), "name", targets);
      mergeList(layer.path("tools"), "type", tools);
      mergeList(layer.path("betas"), "value", betas);
      layer
          .path("bogusIds")
          .forEach(b -> bogus.put(b.path("value").asText(), b.path("meant").asText()));
      layer
          .path("regionPrefixes")
          .fields()
          .forEachRemaining(e -> regionPrefixes.put(e.getKey(), e.getValue().asText()));
    }
    Map<String, Model> m = new LinkedHashMap<>();
    models.forEach((k, v) -> m.put(k, model(v)));
    Map<String, Target> t = new LinkedHashMap<>();
    targets.forEach((k, v) -> t.put(k, target(v, m)));
    Map<String, ToolVersion> tv = new LinkedHashMap<>();
    tools.forEach((k, v) -> tv.put(k, tool(v)));
    Map<String, BetaFlag> b = new LinkedHashMap<>();
    betas.forEach(
        (k, v) ->
            b.put(k, new BetaFlag(k, text(v, "action"), text(v, "replacement"), text(v, "note"))));
    bogus.forEach(
        (id, key) -> {
          if (!m.containsKey(key)) {
            throw new CatalogException("bogus ID " + id + " names unknown model '" + key + "'");
          }
        });
    return new Catalog(m, bogus, t, tv, b, regionPrefixes, sourceNames);
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

  private static Model model(JsonNode n) {
    String key = text(n, "key");
    for (String required : List.of("name", "anthropicId", "bedrockId")) {
      if (text(n, required) == null) {
        throw new CatalogException("model '" + key + "' has no " + required);
      }
    }
    return new Model(
        key,
        text(n, "name"),
        text(n, "anthropicId"),
        strings(n.path("anthropicAliases")),
        text(n, "bedrockId"),
        strings(n.path("profilePrefixes")),
        text(n, "vertexId"),
        n.path("requiresProfile").asBoolean(false),
        lifecycle(n.path("lifecycle")),
        n.path("contextTokens").asInt(0),
        n.path("maxOutputTokens").asInt(0),
        price(n.path("price")),
        text(n, "textEditorType"));
  }

  private static Lifecycle lifecycle(JsonNode n) {
    String declared = text(n, "declared");
    return new Lifecycle(
        date(n, "legacyFrom"),
        date(n, "endOfLife"),
        declared == null ? null : Lifecycle.State.valueOf(declared),
        text(n, "note"),
        source(n.path("source")));
  }

  private static Price price(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    return new Price(
        new BigDecimal(n.path("input").asText()),
        new BigDecimal(n.path("output").asText()),
        text(n, "note"),
        source(n.path("source")));
  }

  private static Source source(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return new Source("user catalog", null, false);
    }
    return new Source(text(n, "name"), text(n, "readOn"), n.path("uncertain").asBoolean(false));
  }

  private static Target target(JsonNode n, Map<String, Model> models) {
    String model = text(n, "model");
    if (!models.containsKey(model)) {
      throw new CatalogException(
          "target '" + text(n, "name") + "' names unknown model '" + model + "'");
    }
    Map<String, String> replaces = new LinkedHashMap<>();
    n.path("replaces")
        .fields()
        .forEachRemaining(e -> replaces.put(e.getKey(), e.getValue().asText()));
    Map<String, String> manual = new LinkedHashMap<>();
    n.path("manual").fields().forEachRemaining(e -> manual.put(e.getKey(), e.getValue().asText()));
    return new Target(
        text(n, "name"),
        model,
        replaces,
        manual,
        text(n, "textEditorType"),
        text(n, "description"));
  }

  private static ToolVersion tool(JsonNode n) {
    return new ToolVersion(
        text(n, "type"),
        text(n, "name"),
        text(n, "family"),
        strings(n.path("models")),
        text(n, "beta"),
        n.path("undoEdit").asBoolean(false),
        text(n, "successor"),
        strings(n.path("sdkTypeNames")));
  }

  private static LocalDate date(JsonNode n, String field) {
    String s = text(n, field);
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CatalogException("bad date for " + field + ": '" + s + "' (want YYYY-MM-DD)", e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }
}
