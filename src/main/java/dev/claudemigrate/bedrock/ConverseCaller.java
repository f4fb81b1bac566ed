package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;

/**
 * Calls Converse with this tool's own retry policy (the SDK's is off): throttling, model-not-ready
 * and 5xx answers are retried with exponential backoff and full jitter up to the attempt limit;
 * every other failure, and the last retryable one, becomes a {@link Diagnosis}. Never throws for a
 * failed call. Used by smoke and meant for eval and any later command that talks to a model.
 */
public final class ConverseCaller {
  private final BedrockRuntimeClient client;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Diagnoser diagnoser;
  private final Duration timeout;

  /**
   * @param client an SDK client with retries disabled (see {@link BedrockConnections})
   * @param backoff attempts and waits
   * @param sleeper how to wait (tests pass one that does not)
   * @param random jitter source
   * @param diagnoser turns failures into diagnoses
   * @param timeout the per-attempt timeout configured on the client, for messages
   */
  public ConverseCaller(
      BedrockRuntimeClient client,
      Backoff backoff,
      Sleeper sleeper,
      RandomGenerator random,
      Diagnoser diagnoser,
      Duration timeout) {
    this.client = client;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.random = random;
    this.diagnoser = diagnoser;
    this.timeout = timeout;
  }

  /** Sends one Converse request, retrying as configured. */
  public ConverseOutcome converse(ConverseRequest request) {
    long start = System.nanoTime();
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        ConverseResponse r = client.converse(request);
        return answered(r, attempt, start);
      } catch (SdkException e) {
        if (attempt < backoff.maxAttempts() && Diagnoser.retryable(e) && waitBefore(attempt)) {
          continue;
        }
        JsonNode fields =
            request.additionalModelRequestFields() == null
                ? null
                : Documents.toJson(request.additionalModelRequestFields());
        Diagnosis d = diagnoser.diagnose(e, request.modelId(), fields, attempt, timeout);
        return new ConverseOutcome(null, d, attempt, null, elapsed(start), 0, 0);
      }
    }
  }

  private boolean waitBefore(int attempt) {
    try {
      sleeper.sleep(backoff.delay(attempt, random));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static ConverseOutcome answered(ConverseResponse r, int attempts, long start) {
    Long latency = r.metrics() == null ? null : r.metrics().latencyMs();
    long in = r.usage() == null || r.usage().inputTokens() == null ? 0 : r.usage().inputTokens();
    long out = r.usage() == null || r.usage().outputTokens() == null ? 0 : r.usage().outputTokens();
    return new ConverseOutcome(r, null, attempts, latency, elapsed(start), in, out);
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
