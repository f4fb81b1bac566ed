package dev.claudemigrate.catalog;

/**
 * How serious a catalog fact makes a finding: the severities a catalog may name. The engine maps
 * them onto its own finding severities by name.
 */
public enum Level {
  ERROR,
  WARNING,
  INFO
}
