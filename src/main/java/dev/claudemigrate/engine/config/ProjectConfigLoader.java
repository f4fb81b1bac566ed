package dev.claudemigrate.engine.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.claudemigrate.catalog.ReadErrors;
import dev.claudemigrate.engine.files.Encodings;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.model.Suppression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a project's {@code .claude-migrate.yml} (or {@code .yaml}) into a {@link ProjectConfig}.
 * The file is checked strictly: an unknown key, a wrong type or a bad value is a {@link
 * ConfigException} with one line naming the file and the key, so a typo never passes silently.
 */
public final class ProjectConfigLoader {
  /** The names looked for in the scan root, in this order. */
  public static final List<String> FILE_NAMES =
      List.of(".claude-migrate.yml", ".claude-migrate.yaml");

  /** Every key the file may have, in documentation order. */
  public static final List<String> KEYS =
      List.of(
          "to",
          "target",
          "region",
          "profilePrefix",
          "textEditorVersion",
          "includeDocs",
          "include",
          "exclude",
          "encoding",
          "rules",
          "severity",
          "failOn",
          "ignore");

  private static final List<String> IGNORE_KEYS = List.of("path", "rule", "reason");

  /** The YAML reader, built on first use: a project without a config file never loads it. */
  private static final class Yaml {
    static final YAMLMapper MAPPER =
        YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  }

  private final String name;

  private ProjectConfigLoader(String name) {
    this.name = name;
  }

  /** The config file in folder {@code dir}, if there is one. */
  public static Optional<Path> find(Path dir) {
    return FILE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
  }

  /**
   * The config of the project rooted at {@code root} (for a file, its folder); empty when it has
   * none.
   */
  public static ProjectConfig forRoot(Path root) {
    Path dir = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
    return dir == null
        ? ProjectConfig.empty()
        : find(dir).map(ProjectConfigLoader::load).orElse(ProjectConfig.empty());
  }

  /** Reads {@code file}. @throws ConfigException when it cannot be read or is not a valid config */
  public static ProjectConfig load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException(ReadErrors.describe(file.toString(), e), e);
    }
    return parse(file.toString(), text);
  }

  /**
   * Parses config text; {@code name} is the file name used in messages and as suppression origin.
   */
  public static ProjectConfig parse(String name, String text) {
    return new ProjectConfigLoader(name).read(text);
  }

  private ProjectConfig read(String text) {
    JsonNode root;
    try {
      root = Yaml.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      String where = ReadErrors.describe(name, e);
      int colon = where.indexOf(": ", name.length());
      throw new ConfigException(
          where.substring(0, colon) + ": not valid YAML: " + where.substring(colon + 2), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return ProjectConfig.empty();
    }
    if (!root.isObject()) {
      throw fail("the top level must be a mapping of keys (" + String.join(", ", KEYS) + ")");
    }
    checkKeys(root, "", KEYS);
    return new ProjectConfig(
        target(root),
        string(root, "region"),
        string(root, "profilePrefix"),
        string(root, "textEditorVersion").map(this::textEditorType),
        bool(root.path("includeDocs"), "includeDocs"),
        strings(root, "include"),
        strings(root, "exclude"),
        encodings(root),
        map(
            root,
            "rules",
            v ->
                bool(v.getValue(), "rules." + v.getKey())
                    .orElseThrow(() -> fail("'rules." + v.getKey() + "' must be true or false"))),
        map(root, "severity", v -> severity(v.getValue(), "severity." + v.getKey())),
        ignores(root),
        root.has("failOn") ? Optional.of(failOn(root.get("failOn"))) : Optional.empty());
  }

  private void checkKeys(JsonNode node, String where, List<String> known) {
    node.fieldNames()
        .forEachRemaining(
            k -> {
              if (!known.contains(k)) {
                throw fail(
                    "unknown key '" + where + k + "' (known: " + String.join(", ", known) + ")");
              }
            });
  }

  /**
   * The target: {@code to}, as the command line's {@code --to} (and every command's first line)
   * says, or {@code target}, its older name; both at once is one setting given twice.
   */
  private Optional<String> target(JsonNode root) {
    Optional<String> to = string(root, "to");
    Optional<String> target = string(root, "target");
    if (to.isPresent() && target.isPresent()) {
      throw fail("'to' and 'target' are the same setting (the target); keep one");
    }
    return to.or(() -> target);
  }

  private Optional<String> string(JsonNode root, String key) {
    JsonNode v = root.path(key);
    if (v.isMissingNode() || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isValueNode() || v.isBoolean()) {
      throw fail("'" + key + "' must be a string, not " + kind(v));
    }
    return Optional.of(v.asText().trim());
  }

  private Optional<Boolean> bool(JsonNode v, String key) {
    if (v.isMissingNode() || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      throw fail("'" + key + "' must be true or false, not " + kind(v));
    }
    return Optional.of(v.booleanValue());
  }

  private List<String> strings(JsonNode root, String key) {
    JsonNode v = root.path(key);
    List<String> out = new ArrayList<>();
    if (v.isTextual()) {
      out.add(v.asText());
    } else if (v.isArray()) {
      for (JsonNode item : v) {
        if (!item.isTextual()) {
          throw fail("'" + key + "' must be a list of strings, but has " + kind(item));
        }
        out.add(item.asText());
      }
    } else if (!v.isMissingNode() && !v.isNull()) {
      throw fail("'" + key + "' must be a string or a list of strings, not " + kind(v));
    }
    return out;
  }

  /** {@code encoding}: a charset, or {@code GLOB=CHARSET} entries, checked here for the file. */
  private List<String> encodings(JsonNode root) {
    List<String> specs = strings(root, "encoding");
    try {
      Encodings.parse("'encoding'", specs);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(name + ": " + e.getMessage(), e);
    }
    return specs;
  }

  private <T> Map<String, T> map(
      JsonNode root, String key, Function<Map.Entry<String, JsonNode>, T> value) {
    JsonNode v = root.path(key);
    Map<String, T> out = new LinkedHashMap<>();
    if (v.isMissingNode() || v.isNull()) {
      return out;
    }
    if (!v.isObject()) {
      throw fail("'" + key + "' must be a mapping of rule ids, not " + kind(v));
    }
    v.properties().forEach(e -> out.put(e.getKey(), value.apply(e)));
    return out;
  }

  /** A severity, or {@code never} (as {@code --fail-on} takes). */
  private String failOn(JsonNode v) {
    if (v.isTextual() && v.asText().strip().equalsIgnoreCase("never")) {
      return "never";
    }
    return severity(v, "failOn").name().toLowerCase(Locale.ROOT);
  }

  private Severity severity(JsonNode v, String key) {
    if (!v.isTextual()) {
      throw fail("'" + key + "' must be error, warning or info, not " + kind(v));
    }
    try {
      return Severity.parse(v.asText());
    } catch (IllegalArgumentException e) {
      throw fail("'" + key + "': " + e.getMessage());
    }
  }

  private List<Suppression> ignores(JsonNode root) {
    JsonNode v = root.path("ignore");
    List<Suppression> out = new ArrayList<>();
    if (v.isMissingNode() || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw fail("'ignore' must be a list of {path, rule, reason} entries, not " + kind(v));
    }
    String origin = Path.of(name).getFileName().toString();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      String where = "ignore[" + i + "]";
      if (!e.isObject()) {
        throw fail("'" + where + "' must be a mapping with path, rule and reason, not " + kind(e));
      }
      checkKeys(e, where + ".", IGNORE_KEYS);
      String path =
          string(e, "path").orElseThrow(() -> fail("'" + where + "' needs a 'path' glob"));
      String rule =
          string(e, "rule").orElseThrow(() -> fail("'" + where + "' needs a 'rule' id (or '*')"));
      out.add(new Suppression(path, 0, rule, string(e, "reason").orElse(""), origin));
    }
    return out;
  }

  /** Accepts {@code 20250728} or {@code text_editor_20250728}. */
  private String textEditorType(String v) {
    String type = v.matches("\\d{8}") ? "text_editor_" + v : v;
    if (!type.matches("text_editor_\\d{8}")) {
      throw fail(
          "'textEditorVersion' must look like text_editor_20250728 or 20250728, not '" + v + "'");
    }
    return type;
  }

  private static String kind(JsonNode v) {
    if (v.isObject()) {
      return "a mapping";
    }
    if (v.isArray()) {
      return "a list";
    }
    return v.isBoolean()
        ? "a boolean"
        : v.isNumber()
            ? "a number"
            : v.isNull() || v instanceof MissingNode ? "nothing" : "a string";
  }

  private ConfigException fail(String message) {
    return new ConfigException(name + ": " + message);
  }
}
