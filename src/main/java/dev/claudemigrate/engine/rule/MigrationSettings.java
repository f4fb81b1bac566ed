package dev.claudemigrate.engine.rule;

import java.util.Optional;

/**
 * The user's migration choices that change what rules find or rewrite.
 *
 * @param profilePrefix inference-profile prefix for base IDs (us, eu, apac, global, ...), if set
 * @param textEditorType the text-editor tool type to migrate to ({@code text_editor_20250728} or
 *     {@code text_editor_20250429})
 * @param includeDocs whether documentation prose is rewritten too
 * @param region the AWS region the user states (--region, region: in the config), if any; it
 *     decides profile prefixes before any region a file states
 */
public record MigrationSettings(
    Optional<String> profilePrefix,
    String textEditorType,
    boolean includeDocs,
    Optional<String> region) {

  /** Settings without a stated region. */
  public MigrationSettings(
      Optional<String> profilePrefix, String textEditorType, boolean includeDocs) {
    this(profilePrefix, textEditorType, includeDocs, Optional.empty());
  }

  /** Defaults: no prefix, the 20250728 text editor, documentation left alone. */
  public static MigrationSettings defaults() {
    return new MigrationSettings(Optional.empty(), "text_editor_20250728", false);
  }
}
