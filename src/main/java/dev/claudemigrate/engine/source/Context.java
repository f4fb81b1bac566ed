package dev.claudemigrate.engine.source;

import java.util.Locale;

/** Where in a file a match stands, which decides whether it is rewritten, reported, or ignored. */
public enum Context {
  /** Program code outside strings and comments (identifiers, enum constants, type names). */
  CODE,
  /** Inside a string literal of a programming language. */
  STRING_LITERAL,
  /** A value in a configuration file (JSON, YAML, .env, properties, Terraform). */
  CONFIG_VALUE,
  /** A comment in code or configuration. */
  COMMENT,
  /** Prose in documentation (Markdown, notebook markdown cells). */
  DOCUMENTATION,
  /** A notebook output cell: recorded output, never a use. */
  NOTEBOOK_OUTPUT,
  /**
   * A record of a data set, not configuration: a line of a JSON Lines file, an element of a large
   * array of records, or a prose string in JSON. Reported at most, never rewritten.
   */
  DATA;

  /** The kebab-case name used in output. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
