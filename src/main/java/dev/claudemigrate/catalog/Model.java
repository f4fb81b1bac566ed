package dev.claudemigrate.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One Claude model with its identifiers in every form, lifecycle, limits and price.
 *
 * @param key stable catalog key, e.g. {@code claude-3-5-sonnet-v2}
 * @param name display name, e.g. {@code Claude 3.5 Sonnet v2}
 * @param family the model class (Sonnet, Opus, Haiku)
 * @param version the generation, e.g. {@code 4.6}
 * @param api the Bedrock surface that serves it
 * @param anthropicId the Anthropic API name, e.g. {@code claude-3-5-sonnet-20241022}, or null when
 *     no source gives it
 * @param anthropicAliases Anthropic API aliases, e.g. {@code claude-3-5-sonnet-latest}
 * @param bedrockId the Bedrock base model ID
 * @param profilePrefixes cross-Region inference-profile prefixes offered (us, eu, apac, global,
 *     ...)
 * @param vertexId the Google Vertex AI name, or null when not confirmed
 * @param requiresProfile whether on-demand calls need an inference profile (Claude 4 and later)
 * @param successor catalog key of the model of the same family to move to, or null
 * @param lifecycle Bedrock lifecycle dates
 * @param anthropicApi the lifecycle of the name on Anthropic's own API, or null when not known
 * @param contextTokens context window in tokens
 * @param maxOutputTokens maximum output tokens
 * @param price on-demand price
 * @param textEditorType the text-editor tool type this model uses, or null
 */
public record Model(
    String key,
    String name,
    ModelFamily family,
    String version,
    Api api,
    String anthropicId,
    List<String> anthropicAliases,
    String bedrockId,
    List<String> profilePrefixes,
    String vertexId,
    boolean requiresProfile,
    String successor,
    Lifecycle lifecycle,
    Lifecycle anthropicApi,
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

  /** Whether the model can be a target of a Converse-based migration. */
  public boolean converse() {
    return api == Api.CONVERSE;
  }

  /** The generation as numbers, for ordering: {@code 4.6} is [4, 6]. */
  public int[] versionParts() {
    if (version == null) {
      return new int[0];
    }
    String[] parts = version.split("\\.");
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Integer.parseInt(parts[i]);
    }
    return out;
  }

  /** The Anthropic API lifecycle, if the catalog knows it. */
  public Optional<Lifecycle> anthropicLifecycle() {
    return Optional.ofNullable(anthropicApi);
  }
}
