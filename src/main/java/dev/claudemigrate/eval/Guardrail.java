package dev.claudemigrate.eval;

/**
 * A Bedrock guardrail applied to every call of both models, as in production.
 *
 * @param id the guardrail identifier or ARN
 * @param version the guardrail version, e.g. {@code 1} or {@code DRAFT}
 */
public record Guardrail(String id, String version) {}
