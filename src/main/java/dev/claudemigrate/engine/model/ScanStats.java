package dev.claudemigrate.engine.model;

/**
 * Counters of one scan, for the summary line and the benchmark.
 *
 * @param filesSeen files the walk considered after ignore rules
 * @param filesMatched files that contained at least one rule's trigger string
 * @param filesParsed files given a syntax tree
 * @param bytesRead bytes read from disk
 * @param millis wall time of the scan
 */
public record ScanStats(
    int filesSeen, int filesMatched, int filesParsed, long bytesRead, long millis) {}
