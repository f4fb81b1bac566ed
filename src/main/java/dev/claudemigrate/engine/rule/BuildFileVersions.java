package dev.claudemigrate.engine.rule;

import dev.claudemigrate.catalog.SdkConstants.Sdk;
import dev.claudemigrate.catalog.SdkConstants.Version;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of an Anthropic SDK that a project pins, found from a source file by walking up its
 * folders to the nearest file that names the SDK with a version: {@code go.mod} for Go; {@code
 * pom.xml}, {@code build.gradle.kts} and {@code build.gradle} for Java and Kotlin; {@code uv.lock},
 * {@code poetry.lock}, {@code requirements.txt} and {@code pyproject.toml} for Python; {@code
 * package-lock.json}, {@code pnpm-lock.yaml}, {@code yarn.lock} and {@code package.json} for
 * TypeScript and JavaScript. In each folder a lock file comes before the manifest: it says which
 * release is installed. From a manifest's range ({@code >=0.37.1}, {@code ^0.37.0}, {@code ~=0.40})
 * the lowest release it allows is taken, so a type or constant counted as present is present in
 * every release the project accepts. Only a literal version counts (in Maven also a property of the
 * same file); a version from a BOM, a catalog or a variable is not known here.
 */
public final class BuildFileVersions {
  /** How many folders up a build file is looked for. */
  private static final int MAX_DEPTH = 12;

  /** A build file larger than this is not a build file worth reading for one version. */
  private static final long MAX_SIZE = 4 << 20;

  /** The files read for each SDK, nearest folder first and, within a folder, in this order. */
  private static final Map<Sdk, List<String>> FILES =
      Map.of(
          Sdk.GO,
          List.of("go.mod"),
          Sdk.JAVA,
          List.of("pom.xml", "build.gradle.kts", "build.gradle"),
          Sdk.PYTHON,
          List.of("uv.lock", "poetry.lock", "requirements.txt", "pyproject.toml"),
          Sdk.TYPESCRIPT,
          List.of("package-lock.json", "pnpm-lock.yaml", "yarn.lock", "package.json"));

  /** A version found, and where. */
  public record Found(Version version, Path file) {}

  /**
   * The versions pinned for one source file, each SDK looked up once however many of the file's
   * names ask: a lookup walks up the folders and reads build and lock files.
   */
  public static final class Pins {
    private final Path source;
    private final Map<Sdk, Optional<Found>> found = new EnumMap<>(Sdk.class);

    public Pins(Path source) {
      this.source = source;
    }

    /** {@link BuildFileVersions#find} for this file, remembered per SDK. */
    public Optional<Found> of(Sdk sdk, String module) {
      return found.computeIfAbsent(sdk, s -> find(source, s, module));
    }
  }

  private BuildFileVersions() {}

  /** The version of {@code module} pinned by the nearest build file that names it, if any. */
  public static Optional<Found> find(Path source, Sdk sdk, String module) {
    Path dir = source.toAbsolutePath().getParent();
    for (int depth = 0; dir != null && depth < MAX_DEPTH; depth++, dir = dir.getParent()) {
      for (String name : FILES.get(sdk)) {
        Path f = dir.resolve(name);
        Optional<String> text = NearbyFiles.read(f, MAX_SIZE);
        if (text.isPresent() && text.get().contains(artifact(module))) {
          Optional<Version> v = version(name, text.get(), module);
          if (v.isPresent()) {
            return Optional.of(new Found(v.get(), f));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String artifact(String module) {
    int colon = module.indexOf(':');
    return colon < 0 ? module : module.substring(colon + 1);
  }

  /** The literal version of {@code module} in the text of a build file named {@code name}. */
  static Optional<Version> version(String name, String text, String module) {
    String q = Pattern.quote(module);
    switch (name) {
      case "go.mod":
        return first("(?m)^\\s*(?:require\\s+)?" + q + "\\s+(v[0-9][^\\s]*)", text);
      case "pom.xml":
        return maven(text, module);
      case "build.gradle.kts", "build.gradle":
        return first("[\"']" + q + ":([0-9][^\"'\\s]*)[\"']", text);
      case "uv.lock", "poetry.lock":
        return first("(?m)^name = \"" + q + "\"\\s*\\r?\\nversion = \"([0-9][^\"]*)\"", text);
      case "requirements.txt":
        // The name at the start of a line, extras allowed, then an operator whose version is the
        // lowest allowed (== pins, >= and ~= bound from below); `anthropic-bedrock` is not it.
        return first(
            "(?mi)^\\s*" + q + "(?:\\[[^\\]]*\\])?\\s*(?:===?|>=|~=)\\s*([0-9][^\\s,;#]*)", text);
      case "pyproject.toml":
        return first(
            "(?m)(?:[\"']"
                + q
                + "(?:\\[[^\\]]*\\])?\\s*(?:===?|>=|~=)\\s*|^"
                + q
                + "\\s*=\\s*(?:\\{[^}\\n]*version\\s*=\\s*)?\"[\\^~>=]*)([0-9][^\"',;\\s]*)",
            text);
      case "package-lock.json":
        return first(
            "\"node_modules/" + q + "\"\\s*:\\s*\\{\\s*\"version\"\\s*:\\s*\"([0-9][^\"]*)\"",
            text);
      case "pnpm-lock.yaml":
        return first(
            "(?m)^\\s*'?"
                + q
                + "'?:\\s*\\r?\\n\\s*specifier:[^\\n]*\\n\\s*version:\\s*([0-9][^\\s(]*)",
            text);
      case "yarn.lock":
        return first(
            "(?m)^\"?" + q + "@[^\\n]*:\\s*\\r?\\n\\s*version:?\\s*\"?([0-9][^\"\\s]*)", text);
      case "package.json":
        return first("\"" + q + "\"\\s*:\\s*\"[\\^~>=v ]*([0-9][^\"\\s]*)\"", text);
      default:
        return Optional.empty();
    }
  }

  private static Optional<Version> maven(String text, String module) {
    String group = module.substring(0, module.indexOf(':'));
    Matcher m =
        Pattern.compile(
                "<groupId>\\s*"
                    + Pattern.quote(group)
                    + "\\s*</groupId>\\s*<artifactId>\\s*"
                    + Pattern.quote(artifact(module))
                    + "\\s*</artifactId>\\s*<version>\\s*([^<\\s]+)\\s*</version>")
            .matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String v = m.group(1);
    if (v.startsWith("${") && v.endsWith("}")) {
      String prop = Pattern.quote(v.substring(2, v.length() - 1));
      return first("<" + prop + ">\\s*([^<\\s]+)\\s*</" + prop + ">", text);
    }
    return Version.parse(v);
  }

  private static Optional<Version> first(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? Version.parse(m.group(1)) : Optional.empty();
  }
}
