package dev.claudemigrate.catalog;

import java.util.Map;

/**
 * A migration target: the model to move to and which older models it replaces, at what severity.
 *
 * @param name the name used with {@code --to}, e.g. {@code sonnet-4}
 * @param modelKey the catalog key of the target model
 * @param replaces catalog keys of the models that migrate to it, with the finding severity for each
 *     ({@code error}, {@code warning} or {@code info})
 * @param manual catalog keys (a subset of {@code replaces}) that are reported but never rewritten,
 *     with the advice to give (e.g. Claude 3 Opus, where the successor is a choice of model class)
 * @param textEditorType the default text-editor tool type for the target
 * @param description one line for {@code migrate models}
 */
public record Target(
    String name,
    String modelKey,
    Map<String, String> replaces,
    Map<String, String> manual,
    String textEditorType,
    String description) {

  public Target {
    replaces = Map.copyOf(replaces);
    manual = Map.copyOf(manual);
  }
}
