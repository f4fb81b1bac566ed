package dev.claudemigrate.eval;

/**
 * Identifies one unit of work of a run.
 *
 * @param caseId the case
 * @param side baseline or candidate
 * @param model the model ID
 * @param repeat the repeat number, from 1
 */
public record ResultKey(String caseId, Side side, String model, int repeat) {}
