package dev.claudemigrate.engine.source;

/**
 * Tells, for a character offset of a file, in which context it stands (string, comment, config
 * ...).
 */
@FunctionalInterface
public interface ContextMap {
  Context at(int offset);
}
