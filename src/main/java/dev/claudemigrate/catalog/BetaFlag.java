package dev.claudemigrate.catalog;

/**
 * A beta value and what a migration does with it unless the target says otherwise.
 *
 * @param value the beta string, e.g. {@code computer-use-2024-10-22}
 * @param action what a migration does with it
 * @param replacement the value it becomes for {@link BetaAction#REPLACE}, or null to use the
 *     computer-use beta of the target's computer tool
 * @param note why, in one line
 */
public record BetaFlag(String value, BetaAction action, String replacement, String note) {}
