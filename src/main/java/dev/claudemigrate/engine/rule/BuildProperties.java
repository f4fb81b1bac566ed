package dev.claudemigrate.engine.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What Maven filtered into {@code version.properties} at build time: the version, the home page and
 * the repository URL (pom properties; unfiltered values start with <code>${</code>).
 */
public final class BuildProperties {
  private BuildProperties() {}

  /** The build's properties; empty when the resource is missing (a bare IDE compile). */
  public static Properties load() {
    Properties p = new Properties();
    try (InputStream in =
        BuildProperties.class.getResourceAsStream("/dev/claudemigrate/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The property, or empty when unset or left unfiltered. */
  public static String get(Properties p, String key) {
    String v = p.getProperty(key, "");
    return v.startsWith("${") ? "" : v.strip();
  }
}
