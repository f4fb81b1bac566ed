package dev.claudemigrate.report;

import java.util.Locale;

/**
 * The output formats of a scan: text for people, JSON and SARIF for tools, Markdown for pull
 * requests.
 */
public enum ReportFormat {
  TEXT,
  JSON,
  SARIF,
  MARKDOWN;

  /** The lower-case name used with {@code --format}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The {@link #id()}, so that help texts list the values as they are typed. */
  @Override
  public String toString() {
    return id();
  }
}
