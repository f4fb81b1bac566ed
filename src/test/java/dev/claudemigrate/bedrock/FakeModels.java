package dev.claudemigrate.bedrock;

import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import java.util.Map;
import java.util.Set;

/**
 * The Claude models the stand-in serves and how Bedrock answers a model ID: a known inference
 * profile (or its ARN) is served; a base ID of a model that needs a profile gets the on-demand
 * ValidationException; anything else is an invalid identifier. Also the rule that Sonnet 4.5, Haiku
 * 4.5, Opus 4.1 and Sonnet 4.6 reject {@code temperature} with {@code top_p}.
 */
final class FakeModels {
  /** Base ID to whether the model rejects temperature and top_p together. */
  static final Map<String, Boolean> MODELS =
      Map.of(
          "anthropic.claude-sonnet-4-5-20250929-v1:0",
          true,
          "anthropic.claude-haiku-4-5-20251001-v1:0",
          true,
          "anthropic.claude-opus-4-1-20250805-v1:0",
          true,
          "anthropic.claude-sonnet-4-6",
          true);

  private static final Set<String> PREFIXES =
      Set.of("us", "eu", "apac", "global", "jp", "au", "us-gov");

  private FakeModels() {}

  /** The base ID a request's model or profile ID (or ARN) names, or the error Bedrock answers. */
  static Object resolve(String resource) {
    String id = resource.substring(resource.lastIndexOf('/') + 1);
    if (MODELS.containsKey(id)) {
      return Reply.error(
          400,
          "ValidationException",
          "Invocation of model ID "
              + id
              + " with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.");
    }
    int dot = id.indexOf('.');
    if (dot > 0
        && PREFIXES.contains(id.substring(0, dot))
        && MODELS.containsKey(id.substring(dot + 1))) {
      return id.substring(dot + 1);
    }
    return Reply.error(400, "ValidationException", "The provided model identifier is invalid.");
  }

  /** Bedrock's answer when {@code model} rejects both sampling parameters and both are set. */
  static Reply sampling(String model, boolean temperature, boolean topP) {
    if (MODELS.getOrDefault(model, false) && temperature && topP) {
      return Reply.error(
          400,
          "ValidationException",
          "`temperature` and `top_p` cannot both be specified for this model. Please use only one.");
    }
    return null;
  }
}
