package dev.claudemigrate.engine.source;

/**
 * A located range of a file: character offsets into the decoded text and 1-based line and column of
 * its start and end, as a person (or SARIF) counts them in the raw file.
 */
public record Span(int start, int end, int line, int column, int endLine, int endColumn) {}
