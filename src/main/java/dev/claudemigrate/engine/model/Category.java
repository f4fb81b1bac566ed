package dev.claudemigrate.engine.model;

import java.util.Locale;

/** The kind of migration concern a rule covers, used to group findings in reports. */
public enum Category {
  MODEL_ID,
  TOOL,
  BETA,
  API,
  BEHAVIOUR;

  /** The kebab-case name used in output. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
