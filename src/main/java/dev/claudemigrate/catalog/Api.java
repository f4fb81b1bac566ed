package dev.claudemigrate.catalog;

/**
 * The Bedrock surface that serves a model: Converse and InvokeModel (ARN-versioned Claude models up
 * to Sonnet 4.6 and Opus 4.6), or only the newer Anthropic Messages API endpoint (Opus 4.7 and
 * later, Sonnet 5.x), which is not a migration target for a Converse-based tool.
 */
public enum Api {
  CONVERSE,
  MESSAGES
}
