package dev.claudemigrate.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The model constants of the Anthropic SDKs for Go and Java and the tool types of the SDKs for
 * Python, TypeScript, Go and Java, with the releases that declare them (sdk-constants.yaml beside
 * the catalog), so that a constant naming a replaced model, or a type named after a replaced tool
 * version, can become the target's where the project's SDK version has it.
 */
public final class SdkConstants {
  /** The source of the built-in data; a run reads its compiled JSON ({@link BuiltinData}). */
  static final String BUILTIN = "/dev/claudemigrate/catalog/sdk-constants.yaml";

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** An SDK whose model constants are known. */
  public enum Sdk {
    GO,
    JAVA,
    PYTHON,
    TYPESCRIPT
  }

  /**
   * One constant.
   *
   * @param name its name, e.g. {@code ModelClaudeSonnet4_6} or {@code CLAUDE_SONNET_4_6}
   * @param since the first release that declares it
   * @param until the last release that declares it, or null while it is still there
   */
  public record Constant(String name, Version since, Version until) {
    /** Whether release {@code v} declares this constant. */
    public boolean declaredIn(Version v) {
      return v.compareTo(since) >= 0 && (until == null || v.compareTo(until) <= 0);
    }
  }

  /** A release number such as 2.15.0 (a leading {@code v} and any suffix after '-' ignored). */
  public record Version(List<Integer> parts) implements Comparable<Version> {
    public Version {
      parts = List.copyOf(parts);
    }

    /** The version in {@code text}, or empty when it does not start with digits. */
    public static Optional<Version> parse(String text) {
      String t = text.strip();
      t = t.startsWith("v") ? t.substring(1) : t;
      int dash = t.indexOf('-');
      t = dash < 0 ? t : t.substring(0, dash);
      List<Integer> out = new ArrayList<>();
      for (String p : t.split("\\.")) {
        if (p.isEmpty() || !p.chars().allMatch(Character::isDigit) || p.length() > 6) {
          return Optional.empty();
        }
        out.add(Integer.parseInt(p));
      }
      return out.isEmpty() ? Optional.empty() : Optional.of(new Version(out));
    }

    @Override
    public int compareTo(Version o) {
      for (int i = 0; i < Math.max(parts.size(), o.parts.size()); i++) {
        int a = i < parts.size() ? parts.get(i) : 0;
        int b = i < o.parts.size() ? o.parts.get(i) : 0;
        if (a != b) {
          return Integer.compare(a, b);
        }
      }
      return 0;
    }

    @Override
    public String toString() {
      return String.join(".", parts.stream().map(String::valueOf).toList());
    }
  }

  /**
   * A library whose model constants are spelled its own way and mapped to catalog models one by one
   * (the CDK constructs' {@code BedrockFoundationModel.ANTHROPIC_CLAUDE_3_5_SONNET_V1_0}).
   *
   * @param name a short name for messages
   * @param module the package that declares the constants
   * @param classes the class names that qualify a constant
   * @param models catalog model key by constant name
   */
  public record Library(
      String name, String module, List<String> classes, Map<String, String> models) {
    public Library {
      classes = List.copyOf(classes);
      models = Map.copyOf(models);
    }
  }

  private final Map<Sdk, String> modules;
  private final Map<Sdk, Map<String, Constant>> constants;
  private final Map<Sdk, Map<String, Version>> types;
  private final List<Library> libraries;

  private SdkConstants(
      Map<Sdk, String> modules,
      Map<Sdk, Map<String, Constant>> constants,
      Map<Sdk, Map<String, Version>> types,
      List<Library> libraries) {
    this.modules = Map.copyOf(modules);
    this.constants = Map.copyOf(constants);
    this.types = Map.copyOf(types);
    this.libraries = List.copyOf(libraries);
  }

  /** The libraries with model constants of their own naming. */
  public List<Library> libraries() {
    return libraries;
  }

  /** The data shipped in the jar (read once). */
  public static SdkConstants builtin() {
    return Builtin.DATA;
  }

  private static final class Builtin {
    static final SdkConstants DATA = read();
  }

  /** The SDK's module (Go) or Maven coordinates without version (Java). */
  public String module(Sdk sdk) {
    return modules.get(sdk);
  }

  /** The constant of {@code sdk} whose value is the Anthropic API ID {@code anthropicId}. */
  public Optional<Constant> constant(Sdk sdk, String anthropicId) {
    return Optional.ofNullable(constants.getOrDefault(sdk, Map.of()).get(anthropicId));
  }

  /**
   * The first release of {@code sdk} that declares the tool type {@code name} (e.g. {@code
   * BetaToolBash20250124Param} in Python's {@code anthropic} 0.47.0), if the type is recorded.
   */
  public Optional<Version> typeSince(Sdk sdk, String name) {
    return Optional.ofNullable(types.getOrDefault(sdk, Map.of()).get(name));
  }

  /** Every recorded tool type of {@code sdk} with its first release. */
  public Map<String, Version> types(Sdk sdk) {
    return Map.copyOf(types.getOrDefault(sdk, Map.of()));
  }

  private static SdkConstants read() {
    return fromTree(BuiltinData.read(BUILTIN));
  }

  /** The data of {@code root}; throws on a bad name or version (the build checks the source). */
  static SdkConstants fromTree(JsonNode root) {
    Map<Sdk, String> modules = new EnumMap<>(Sdk.class);
    Map<Sdk, Map<String, Constant>> constants = new EnumMap<>(Sdk.class);
    Map<Sdk, Map<String, Version>> types = new EnumMap<>(Sdk.class);
    for (JsonNode s : root.path("sdks")) {
      Sdk sdk = Sdk.valueOf(s.path("name").asText().toUpperCase(Locale.ROOT));
      modules.put(sdk, required(s, "module"));
      Map<String, Constant> byId = new LinkedHashMap<>();
      s.path("constants")
          .properties()
          .forEach(e -> byId.put(e.getKey(), constant(sdk, e.getKey(), e.getValue())));
      constants.put(sdk, byId);
      Map<String, Version> since = new LinkedHashMap<>();
      s.path("types")
          .properties()
          .forEach(
              e ->
                  since.put(
                      checkedName(e.getKey()), version(sdk, e.getKey(), e.getValue().asText())));
      types.put(sdk, since);
    }
    List<Library> libraries = new ArrayList<>();
    for (JsonNode l : root.path("libraries")) {
      List<String> classes = new ArrayList<>();
      l.path("classes").forEach(c -> classes.add(checkedName(c.asText())));
      Map<String, String> models = new LinkedHashMap<>();
      l.path("constants")
          .properties()
          .forEach(e -> models.put(checkedName(e.getKey()), e.getValue().asText()));
      libraries.add(new Library(required(l, "name"), required(l, "module"), classes, models));
    }
    return new SdkConstants(modules, constants, types, libraries);
  }

  private static String checkedName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new CatalogException("sdk-constants: bad name " + name);
    }
    return name;
  }

  private static Constant constant(Sdk sdk, String id, JsonNode c) {
    String name = required(c, "name");
    if (!NAME.matcher(name).matches()) {
      throw new CatalogException("sdk-constants: " + sdk + " " + id + ": bad name " + name);
    }
    Version since = version(sdk, id, required(c, "since"));
    Version until = c.has("until") ? version(sdk, id, c.get("until").asText()) : null;
    return new Constant(name, since, until);
  }

  private static Version version(Sdk sdk, String id, String text) {
    return Version.parse(text)
        .orElseThrow(
            () ->
                new CatalogException("sdk-constants: " + sdk + " " + id + ": bad version " + text));
  }

  private static String required(JsonNode n, String field) {
    if (!n.hasNonNull(field)) {
      throw new CatalogException("sdk-constants: missing " + field + " in " + n);
    }
    return n.get(field).asText();
  }
}
