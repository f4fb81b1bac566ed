package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.Severity;

/** ANSI styling that becomes the identity when colour is off, so renderers never branch on it. */
final class Ansi {
  private static final String RESET = "\u001b[0m";
  private final boolean enabled;

  Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  String bold(String s) {
    return style("1", s);
  }

  String dim(String s) {
    return style("2", s);
  }

  String highlight(String s) {
    return style("1;4", s);
  }

  /** Red for errors, yellow for warnings, cyan for info. */
  String severity(Severity severity, String s) {
    return switch (severity) {
      case ERROR -> style("1;31", s);
      case WARNING -> style("1;33", s);
      case INFO -> style("1;36", s);
    };
  }

  String green(String s) {
    return style("32", s);
  }

  private String style(String code, String s) {
    return enabled && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
