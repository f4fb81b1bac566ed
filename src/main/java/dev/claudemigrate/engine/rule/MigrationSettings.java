package dev.claudemigrate.engine.rule;

import java.util.Optional;

/**
 * The user's migration choices that change what rules find or rewrite.
 *
 * @param profilePrefix inference-profile prefix for base IDs (us, eu, apac, global, ...), if set
 * @param textEditorType the text-editor tool type to migrate to ({@code text_editor_20250728} or
 *     {@code text_editor_20250429})
 * @param includeDocs whether documentation prose is rewritten too
 */
public record MigrationSettings(
    Optional<String> profilePrefix, String textEditorType, boolean includeDocs) {

  /** Defaults: no prefix, the 20250728 text editor, documentation left alone. */
  public static MigrationSettings defaults() {
    return new MigrationSettings(Optional.empty(), "text_editor_20250728", false);
  }
}
