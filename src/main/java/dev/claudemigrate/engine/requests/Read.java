package dev.claudemigrate.engine.requests;

/**
 * A value read from source text without running it: known, or built at run time.
 *
 * @param value the value, or null when it is built at run time
 * @param runtime the source expression that builds it at run time, or null when known
 * @param note how a known value was found when that matters to the user (e.g. {@code default of
 *     BEDROCK_MODEL_ID}), or null
 */
record Read<T>(T value, String runtime, String note) {

  static <T> Read<T> known(T value) {
    return new Read<>(value, null, null);
  }

  static <T> Read<T> runtime(String expression) {
    return new Read<>(null, expression.strip(), null);
  }

  boolean isKnown() {
    return runtime == null;
  }

  /** This value with {@code note} added (kept when one is already set). */
  Read<T> noted(String note) {
    return new Read<>(value, runtime, this.note != null ? this.note : note);
  }

  /** The same outcome for a value of another type. */
  <U> Read<U> as(U other) {
    return new Read<>(other, runtime, note);
  }
}
