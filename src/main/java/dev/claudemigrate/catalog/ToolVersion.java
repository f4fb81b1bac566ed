package dev.claudemigrate.catalog;

import java.util.List;
import java.util.Objects;

/**
 * An Anthropic-defined tool version (text editor, computer, bash).
 *
 * @param type the tool {@code type}, e.g. {@code text_editor_20241022}
 * @param name the {@code name} that must go with that type, e.g. {@code str_replace_editor}
 * @param family the tool family
 * @param models catalog keys of the models that accept it
 * @param beta the beta value it needs, or null
 * @param undoEdit whether its command set has {@code undo_edit}
 * @param successor the type that replaces it on every Claude 4 model, or null when some Claude 4
 *     model still accepts it (whether it is current for a target is {@link #acceptedBy})
 * @param sdkTypeNames SDK type names for this version (Python and TypeScript SDKs), may be empty
 */
public record ToolVersion(
    String type,
    String name,
    ToolFamily family,
    List<String> models,
    String beta,
    boolean undoEdit,
    String successor,
    List<String> sdkTypeNames) {

  public ToolVersion {
    models = List.copyOf(models);
    sdkTypeNames = List.copyOf(sdkTypeNames);
  }

  // equals and hashCode written out: a record's own are bootstrapped through ObjectMethods at their
  // first call, and a scan hashes tool versions while it starts (the prefilter's triggers), where
  // that bootstrap spun method-handle classes for 30 ms on Java 17 (docs/performance.md).
  @Override
  public boolean equals(Object o) {
    return o instanceof ToolVersion v
        && undoEdit == v.undoEdit
        && Objects.equals(type, v.type)
        && Objects.equals(name, v.name)
        && family == v.family
        && models.equals(v.models)
        && Objects.equals(beta, v.beta)
        && Objects.equals(successor, v.successor)
        && sdkTypeNames.equals(v.sdkTypeNames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, family, models, beta, undoEdit, successor, sdkTypeNames);
  }

  /** Whether this version is superseded for every Claude 4 model (it has a successor). */
  public boolean legacy() {
    return successor != null;
  }

  /** Whether the model with catalog key {@code modelKey} accepts this version. */
  public boolean acceptedBy(String modelKey) {
    return models.contains(modelKey);
  }
}
