package dev.claudemigrate.engine.syntax.structure;

import java.util.Locale;

/**
 * One key of a {@link Mapping} with its value.
 *
 * @param key the key as written (without quotes)
 * @param keyStart character offset of the key (its opening quote, if quoted)
 * @param keyEnd character offset just past the key
 * @param end character offset just past the value (or the key, when the value is implicit)
 * @param value what the key is set to
 */
public record Member(String key, int keyStart, int keyEnd, int end, Value value) {

  /**
   * The key with case and separators dropped, so {@code top_p}, {@code topP} and {@code TopP}
   * agree.
   */
  public String normalizedKey() {
    return normalize(key);
  }

  /** Whether the key is {@code key} in any spelling. */
  public boolean is(String key) {
    return normalizedKey().equals(normalize(key));
  }

  static String normalize(String key) {
    return key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }
}
