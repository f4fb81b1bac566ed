package dev.claudemigrate.catalog;

import java.util.List;

/**
 * An Anthropic-defined tool version (text editor, computer, bash).
 *
 * @param type the tool {@code type}, e.g. {@code text_editor_20241022}
 * @param name the {@code name} that must go with that type, e.g. {@code str_replace_editor}
 * @param family {@code text_editor}, {@code computer} or {@code bash}
 * @param models catalog keys of the models that accept it
 * @param beta the beta value it needs, or null
 * @param undoEdit whether its command set has {@code undo_edit}
 * @param successor the type that replaces it on Claude 4, or null when it is current
 * @param sdkTypeNames SDK type names for this version (Python and TypeScript SDKs), may be empty
 */
public record ToolVersion(
    String type,
    String name,
    String family,
    List<String> models,
    String beta,
    boolean undoEdit,
    String successor,
    List<String> sdkTypeNames) {

  public ToolVersion {
    models = List.copyOf(models);
    sdkTypeNames = List.copyOf(sdkTypeNames);
  }

  /** Whether this version is superseded for Claude 4 (it has a successor). */
  public boolean legacy() {
    return successor != null;
  }
}
