package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelResponse;

/**
 * Calls Converse (and InvokeModel) with this tool's own retry policy (the SDK's is off):
 * throttling, model-not-ready and 5xx answers are retried with exponential backoff and full jitter
 * up to the attempt limit; every other failure, and the last retryable one, becomes a {@link
 * Diagnosis}. Never throws for a failed call. Used by smoke and meant for eval and any later
 * command that talks to a model.
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
    JsonNode fields =
        request.additionalModelRequestFields() == null
            ? null
            : Documents.toJson(request.additionalModelRequestFields());
    Attempts<ConverseResponse> a = send(() -> client.converse(request), request.modelId(), fields);
    if (a.response() == null) {
      return ConverseOutcome.failed(a.diagnosis(), a.attempts(), a.wallMs());
    }
    ConverseResponse r = a.response();
    Long latency = r.metrics() == null ? null : r.metrics().latencyMs();
    long in = r.usage() == null || r.usage().inputTokens() == null ? 0 : r.usage().inputTokens();
    long out = r.usage() == null || r.usage().outputTokens() == null ? 0 : r.usage().outputTokens();
    List<Content> content =
        r.output() == null || r.output().message() == null
            ? List.of()
            : ContentBlocks.fromSdk(r.output().message().content());
    return new ConverseOutcome(
        content,
        r.stopReasonAsString(),
        GuardrailTraces.summarize(r),
        null,
        a.attempts(),
        latency,
        a.wallMs(),
        in,
        out);
  }

  /**
   * Sends one InvokeModel request whose body is the Anthropic Messages JSON {@code body}, retrying
   * as configured; the body's {@code tools} and {@code anthropic_beta} inform the diagnosis.
   */
  public InvokeOutcome invokeModel(InvokeModelRequest request, JsonNode body) {
    Attempts<InvokeModelResponse> a =
        send(() -> client.invokeModel(request), request.modelId(), body);
    if (a.response() == null) {
      return new InvokeOutcome(null, a.diagnosis(), a.attempts(), null, a.wallMs());
    }
    InvokeModelResponse r = a.response();
    Optional<JsonNode> answer = Json.parse(r.body().asUtf8String()).filter(JsonNode::isObject);
    if (answer.isEmpty()) {
      return new InvokeOutcome(
          null,
          new Diagnosis(
              Diagnosis.Kind.MALFORMED_RESPONSE,
              "the InvokeModel answer is not a Messages JSON object",
              "check that --endpoint-url points at bedrock-runtime and that no proxy rewrites the answers"),
          a.attempts(),
          null,
          a.wallMs());
    }
    Long latency =
        r.sdkHttpResponse()
            .firstMatchingHeader("X-Amzn-Bedrock-Invocation-Latency")
            .map(v -> v.matches("\\d+") ? Long.valueOf(v) : null)
            .orElse(null);
    return new InvokeOutcome(answer.get(), null, a.attempts(), latency, a.wallMs());
  }

  /** The last response, or the diagnosis of the last failure, after retries. */
  private record Attempts<R>(R response, Diagnosis diagnosis, int attempts, long wallMs) {}

  private <R> Attempts<R> send(Supplier<R> call, String modelId, JsonNode fields) {
    long start = System.nanoTime();
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        return new Attempts<>(call.get(), null, attempt, elapsed(start));
      } catch (SdkException e) {
        if (attempt < backoff.maxAttempts() && Diagnoser.retryable(e) && waitBefore(attempt)) {
          continue;
        }
        Diagnosis d = diagnoser.diagnose(e, modelId, fields, attempt, timeout);
        return new Attempts<>(null, d, attempt, elapsed(start));
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

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
