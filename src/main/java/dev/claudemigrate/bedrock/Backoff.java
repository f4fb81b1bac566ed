package dev.claudemigrate.bedrock;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: before retry {@code n} (1-based) wait a random time in
 * {@code [0, min(cap, base * 2^(n-1))]}, so clients that were throttled together do not retry
 * together.
 *
 * @param maxAttempts attempts per call, the first included
 * @param base the first upper bound
 * @param cap the largest upper bound
 */
public record Backoff(int maxAttempts, Duration base, Duration cap) {

  /** The defaults smoke and eval use: 500 ms doubling up to 20 s. */
  public static Backoff standard(int maxAttempts) {
    return new Backoff(maxAttempts, Duration.ofMillis(500), Duration.ofSeconds(20));
  }

  public Backoff {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** The wait before retry {@code retry} (1 for the first retry). */
  public Duration delay(int retry, RandomGenerator random) {
    long bound = base.toMillis() << Math.min(Math.max(retry - 1, 0), 20);
    long upper = Math.min(cap.toMillis(), bound);
    return Duration.ofMillis(upper <= 0 ? 0 : random.nextLong(upper + 1));
  }
}
