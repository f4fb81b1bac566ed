package dev.claudemigrate.eval;

/**
 * Calls a model. Implementations retry what is retryable and report a final failure in {@link
 * ModelResponse#error()} rather than throwing, so one bad case never stops a run. They must be safe
 * to call from several threads at once.
 */
@FunctionalInterface
public interface ModelInvoker {
  ModelResponse invoke(ModelRequest request);
}
