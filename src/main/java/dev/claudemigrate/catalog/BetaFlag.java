package dev.claudemigrate.catalog;

/**
 * A beta value and what a migration to Claude 4 does with it.
 *
 * @param value the beta string, e.g. {@code computer-use-2024-10-22}
 * @param action {@code replace} (where computer or bash tools remain, else remove), {@code remove},
 *     or {@code new} (a Claude 4 beta, informational)
 * @param replacement the value it becomes, for {@code replace}
 * @param note why, in one line
 */
public record BetaFlag(String value, String action, String replacement, String note) {}
