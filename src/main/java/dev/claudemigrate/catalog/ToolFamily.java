package dev.claudemigrate.catalog;

import java.util.Locale;

/** The Anthropic-defined tool families (catalog vocabulary). */
public enum ToolFamily {
  TEXT_EDITOR,
  COMPUTER,
  BASH;

  /** The name as written in the catalog and in messages, e.g. {@code text_editor}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
