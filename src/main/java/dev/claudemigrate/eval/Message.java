package dev.claudemigrate.eval;

/**
 * One conversation turn of a case.
 *
 * @param role {@code user} or {@code assistant}
 * @param text the turn's text
 */
public record Message(String role, String text) {}
