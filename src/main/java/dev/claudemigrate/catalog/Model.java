package dev.claudemigrate.catalog;

import java.util.List;

/**
 * One Claude model with its identifiers in every form, lifecycle, limits and price.
 *
 * @param key stable catalog key, e.g. {@code claude-3-5-sonnet-v2}
 * @param name display name, e.g. {@code Claude 3.5 Sonnet v2}
 * @param anthropicId the Anthropic API name, e.g. {@code claude-3-5-sonnet-20241022}
 * @param anthropicAliases Anthropic API aliases, e.g. {@code claude-3-5-sonnet-latest}
 * @param bedrockId the Bedrock base model ID
 * @param profilePrefixes cross-Region inference-profile prefixes offered (us, eu, apac, global,
 *     ...)
 * @param vertexId the Google Vertex AI name
 * @param requiresProfile whether on-demand calls need an inference profile (Claude 4 and later)
 * @param lifecycle Bedrock lifecycle dates
 * @param contextTokens context window in tokens
 * @param maxOutputTokens maximum output tokens
 * @param price on-demand price
 * @param textEditorType the text-editor tool type this model uses, or null
 */
public record Model(
    String key,
    String name,
    String anthropicId,
    List<String> anthropicAliases,
    String bedrockId,
    List<String> profilePrefixes,
    String vertexId,
    boolean requiresProfile,
    Lifecycle lifecycle,
    int contextTokens,
    int maxOutputTokens,
    Price price,
    String textEditorType) {

  public Model {
    anthropicAliases = List.copyOf(anthropicAliases);
    profilePrefixes = List.copyOf(profilePrefixes);
  }

  /**
   * The inference-profile ID for {@code prefix}, e.g. {@code
   * us.anthropic.claude-sonnet-4-20250514-v1:0}.
   */
  public String profileId(String prefix) {
    return prefix + "." + bedrockId;
  }
}
