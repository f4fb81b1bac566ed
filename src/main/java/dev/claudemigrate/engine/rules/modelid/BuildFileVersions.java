package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.SdkConstants.Sdk;
import dev.claudemigrate.catalog.SdkConstants.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of an Anthropic SDK that a project's build file pins, found from a source file by
 * walking up its folders: {@code go.mod} for Go; {@code pom.xml}, {@code build.gradle.kts} and
 * {@code build.gradle} for Java and Kotlin. Only a literal version counts (in Maven also a property
 * of the same file); a version from a BOM, a catalog or a variable is not known here.
 */
final class BuildFileVersions {
  /** How many folders up a build file is looked for. */
  private static final int MAX_DEPTH = 12;

  /** A build file larger than this is not a build file worth reading for one version. */
  private static final long MAX_SIZE = 1 << 20;

  /** A version found, and where. */
  record Found(Version version, Path file) {}

  private BuildFileVersions() {}

  /** The version of {@code module} pinned by the nearest build file that names it, if any. */
  static Optional<Found> find(Path source, Sdk sdk, String module) {
    List<String> names =
        sdk == Sdk.GO ? List.of("go.mod") : List.of("pom.xml", "build.gradle.kts", "build.gradle");
    Path dir = source.toAbsolutePath().getParent();
    for (int depth = 0; dir != null && depth < MAX_DEPTH; depth++, dir = dir.getParent()) {
      for (String name : names) {
        Path f = dir.resolve(name);
        Optional<String> text = read(f);
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

  private static Optional<String> read(Path f) {
    try {
      if (!Files.isRegularFile(f) || Files.size(f) > MAX_SIZE) {
        return Optional.empty();
      }
      return Optional.of(Files.readString(f));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable or not UTF-8: the version is not known
    }
  }

  /** The literal version of {@code module} in the text of a build file named {@code name}. */
  static Optional<Version> version(String name, String text, String module) {
    if (name.equals("go.mod")) {
      return first(
          Pattern.compile(
              "(?m)^\\s*(?:require\\s+)?" + Pattern.quote(module) + "\\s+(v[0-9][^\\s]*)"),
          text);
    }
    String group = module.substring(0, module.indexOf(':'));
    String artifact = artifact(module);
    if (name.equals("pom.xml")) {
      Matcher m =
          Pattern.compile(
                  "<groupId>\\s*"
                      + Pattern.quote(group)
                      + "\\s*</groupId>\\s*<artifactId>\\s*"
                      + Pattern.quote(artifact)
                      + "\\s*</artifactId>\\s*<version>\\s*([^<\\s]+)\\s*</version>")
              .matcher(text);
      if (!m.find()) {
        return Optional.empty();
      }
      String v = m.group(1);
      if (v.startsWith("${") && v.endsWith("}")) {
        String prop = Pattern.quote(v.substring(2, v.length() - 1));
        return first(Pattern.compile("<" + prop + ">\\s*([^<\\s]+)\\s*</" + prop + ">"), text);
      }
      return Version.parse(v);
    }
    return first(
        Pattern.compile(
            "[\"']" + Pattern.quote(group + ":" + artifact + ":") + "([0-9][^\"'\\s]*)[\"']"),
        text);
  }

  private static Optional<Version> first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Version.parse(m.group(1)) : Optional.empty();
  }
}
