package dev.claudemigrate.engine.syntax;

import java.util.Objects;
import java.util.function.BiFunction;

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
   * equals}; null when the subject says all), computed by {@code answer} of the two only when the
   * last question differed.
   *
   * <p>{@code answer} takes the subject and the detail rather than closing over them: a lambda that
   * captures nothing is one object for good, while one that captures is a new object at every call,
   * and under the launcher's C1 compiler each such object is made through a native call
   * (docs/adr/0124). Rules ask dozens of times a file.
   */
  @SuppressWarnings("unchecked")
  public <S, D> V get(S subject, D detail, BiFunction<? super S, ? super D, ? extends V> answer) {
    Object[] l = last.get();
    if (l[0] != subject || !Objects.equals(l[1], detail)) {
      l[2] = answer.apply(subject, detail);
      l[0] = subject;
      l[1] = detail;
    }
    return (V) l[2];
  }
}
