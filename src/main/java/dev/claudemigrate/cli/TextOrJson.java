package dev.claudemigrate.cli;

import dev.claudemigrate.report.ReportFormat;
import java.util.Locale;

/**
 * The {@code --format} of the commands that print a listing or a summary (models, rules, apply):
 * text for people, JSON for scripts. Picocli lists and checks these values, so help and behaviour
 * come from this one type.
 */
enum TextOrJson {
  TEXT,
  JSON;

  ReportFormat report() {
    return this == TEXT ? ReportFormat.TEXT : ReportFormat.JSON;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
