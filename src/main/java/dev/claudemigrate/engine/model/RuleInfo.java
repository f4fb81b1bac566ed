package dev.claudemigrate.engine.model;

/**
 * The data half of a rule: what it is called, how it is reported, and where it is explained.
 *
 * @param id stable kebab-case id, e.g. {@code model-id}, used in config, suppressions and SARIF
 * @param category the kind of concern
 * @param severity default severity (a config file may override it)
 * @param fixable whether {@code migrate apply} can produce edits for some of its findings
 * @param message one-line summary
 * @param explanation longer explanation, a paragraph of plain text
 * @param docsUrl a page that explains the change
 */
public record RuleInfo(
    String id,
    Category category,
    Severity severity,
    boolean fixable,
    String message,
    String explanation,
    String docsUrl) {}
