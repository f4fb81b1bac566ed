package dev.claudemigrate.catalog;

import java.util.Locale;

/** Claude model classes; a migration never moves a model from one class to another. */
public enum ModelFamily {
  SONNET,
  OPUS,
  HAIKU;

  /** Display name, e.g. {@code Sonnet}. */
  public String display() {
    String n = name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
