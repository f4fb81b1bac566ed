package dev.claudemigrate.engine.model;

import dev.claudemigrate.catalog.Level;
import java.util.Locale;

/**
 * How serious a finding is; ordered from least to most severe so that {@code --fail-on} can
 * compare.
 */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** The lower-case name used on the command line, in config files and in JSON output. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code info|warning|error} (also {@code note} and {@code warn}), case-insensitively. */
  public static Severity parse(String s) {
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "info", "note" -> INFO;
      case "warning", "warn" -> WARNING;
      case "error" -> ERROR;
      default ->
          throw new IllegalArgumentException("unknown severity '" + s + "' (info, warning, error)");
    };
  }

  /** The finding severity for a severity the catalog states. */
  public static Severity of(Level level) {
    return valueOf(level.name());
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
