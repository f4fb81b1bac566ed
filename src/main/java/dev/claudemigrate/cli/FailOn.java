package dev.claudemigrate.cli;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code --fail-on} threshold: the least severity that makes {@code scan} exit 1, or never. */
record FailOn(Optional<Severity> threshold) {

  /** The default: only errors fail the run. */
  static final FailOn DEFAULT = new FailOn(Optional.of(Severity.ERROR));

  /** The level that never fails the run. */
  static final String NEVER = "never";

  /**
   * Parses {@code error|warning|info|never}; null falls back to the config file's value, then
   * error.
   *
   * @throws IllegalArgumentException on anything else
   */
  static FailOn parse(String option, Optional<String> fromConfig) {
    if (option == null) {
      return fromConfig.map(s -> parse(s, Optional.empty())).orElse(DEFAULT);
    }
    if (option.trim().toLowerCase(Locale.ROOT).equals(NEVER)) {
      return new FailOn(Optional.empty());
    }
    try {
      return new FailOn(Optional.of(Severity.parse(option)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--fail-on: unknown level '" + option + "' (error, warning, info, never)");
    }
  }

  /** Whether any finding is at or above the threshold. */
  boolean failsOn(List<Finding> findings) {
    return threshold.isPresent()
        && findings.stream().anyMatch(f -> f.severity().atLeast(threshold.get()));
  }
}
