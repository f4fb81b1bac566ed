package dev.claudemigrate.catalog;

import java.util.Locale;

/** The form in which a model identifier was written; a rewrite keeps it. */
public enum IdForm {
  /** {@code anthropic.claude-3-5-sonnet-20241022-v2:0} */
  BEDROCK_BASE,
  /** {@code us.anthropic.claude-3-5-sonnet-20241022-v2:0} */
  INFERENCE_PROFILE,
  /** {@code arn:aws:bedrock:us-east-1::foundation-model/anthropic...} */
  FOUNDATION_MODEL_ARN,
  /** {@code arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic...} */
  INFERENCE_PROFILE_ARN,
  /** {@code claude-3-5-sonnet-20241022} */
  ANTHROPIC,
  /** {@code claude-3-5-sonnet-latest} */
  ANTHROPIC_ALIAS,
  /** {@code claude-3-5-sonnet-v2@20241022} */
  VERTEX,
  /**
   * {@code claude-3-5-sonnet-20241022-v2:0}: a Bedrock ID without its {@code anthropic.} provider
   * prefix, as code that adds the prefix itself (or a label naming the model) writes it.
   */
  BEDROCK_UNPREFIXED;

  /** The kebab-case name used in output. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
