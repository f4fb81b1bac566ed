package dev.claudemigrate.catalog;

import java.util.Map;

/**
 * A migration target: the model to move to, which older models it replaces at what severity, and
 * how the target model behaves where Claude models differ.
 *
 * @param name the name used with {@code --to}, e.g. {@code sonnet-4.6}
 * @param modelKey the catalog key of the target model
 * @param replaces catalog keys of the models that migrate to it, with the finding severity for
 *     each; a model of another family (Opus, Haiku) is reported with advice toward its own
 *     successor, never rewritten to the target
 * @param description one line for {@code migrate models}
 * @param behaviour what differs per target (tools, betas, sampling, prefill, thinking, stop
 *     reasons)
 */
public record Target(
    String name,
    String modelKey,
    Map<String, Level> replaces,
    String description,
    Behaviour behaviour) {

  public Target {
    replaces = Map.copyOf(replaces);
  }

  /** The text-editor tool type of the target. */
  public String textEditorType() {
    return behaviour.tools().get(ToolFamily.TEXT_EDITOR);
  }
}
