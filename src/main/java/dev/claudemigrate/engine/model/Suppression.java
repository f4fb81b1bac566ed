package dev.claudemigrate.engine.model;

/**
 * A suppression of a rule at a place: an inline {@code claude-migrate: ignore[rule] reason} comment
 * or an entry of the config file's {@code ignore} section.
 *
 * @param path file path relative to the root (for config entries, the glob or path given)
 * @param line 1-based line of the comment, or 0 for a config entry
 * @param ruleId the rule suppressed ({@code *} for all)
 * @param reason why, as the user wrote it
 * @param origin {@code inline} or the config file name
 */
public record Suppression(String path, int line, String ruleId, String reason, String origin) {}
