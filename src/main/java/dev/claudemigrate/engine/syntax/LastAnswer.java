package dev.claudemigrate.engine.syntax;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One thread's answer to a question, kept for the last thing it was asked about. Rules ask the same
 * question of a file once for each model ID in it (its catalogs, the brackets around an offset,
 * whether it names other providers), and each answer reads the whole text: kept, it is read once
 * per file. Per thread, so the scan's workers never share or wait.
 *
 * @param <V> the answer
 */
public final class LastAnswer<V> {
  private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[3]);

  /**
   * The answer about {@code subject} (a text, a file or a run's context, compared by identity:
   * another file with the same text is another question) and {@code detail} (compared by {@code
   * equals}; null when the subject says all), computed only when the last question differed.
   */
  @SuppressWarnings("unchecked")
  public V get(Object subject, Object detail, Supplier<V> answer) {
    Object[] l = last.get();
    if (l[0] != subject || !Objects.equals(l[1], detail)) {
      l[2] = answer.get();
      l[0] = subject;
      l[1] = detail;
    }
    return (V) l[2];
  }
}
