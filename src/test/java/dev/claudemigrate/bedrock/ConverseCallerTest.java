package dev.claudemigrate.bedrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.claudemigrate.catalog.Catalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.ValidationException;

/** The retry seam of {@link ConverseCaller}, with a mocked SDK client and a recording sleeper. */
class ConverseCallerTest {
  private final BedrockRuntimeClient client = mock(BedrockRuntimeClient.class);
  private final List<Duration> waits = new ArrayList<>();
  private final ConverseRequest request =
      ConverseRequest.builder().modelId("us.anthropic.claude-sonnet-4-6").build();

  private ConverseCaller caller(int attempts) {
    return new ConverseCaller(
        client,
        Backoff.standard(attempts),
        waits::add,
        new Random(1),
        new Diagnoser(Catalog.builtin(), "us-east-1"),
        Duration.ofSeconds(5));
  }

  private static ThrottlingException throttled() {
    return ThrottlingException.builder()
        .statusCode(429)
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode("ThrottlingException")
                .errorMessage("slow down")
                .build())
        .build();
  }

  @Test
  void retriesThrottlingUpToTheLimitWithJitteredWaits() {
    when(client.converse(any(ConverseRequest.class))).thenThrow(throttled());

    ConverseOutcome o = caller(4).converse(request);

    verify(client, times(4)).converse(any(ConverseRequest.class));
    assertEquals(Diagnosis.Kind.THROTTLED, o.diagnosis().kind());
    assertEquals(3, waits.size());
    for (int i = 0; i < waits.size(); i++) {
      assertTrue(
          waits.get(i).toMillis() <= 500L << i, "wait " + i + " within its bound: " + waits.get(i));
    }
  }

  @Test
  void doesNotRetryValidationErrors() {
    when(client.converse(any(ConverseRequest.class)))
        .thenThrow(
            ValidationException.builder()
                .statusCode(400)
                .awsErrorDetails(
                    AwsErrorDetails.builder()
                        .errorCode("ValidationException")
                        .errorMessage("bad")
                        .build())
                .build());

    ConverseOutcome o = caller(4).converse(request);

    verify(client, times(1)).converse(any(ConverseRequest.class));
    assertEquals(Diagnosis.Kind.VALIDATION, o.diagnosis().kind());
    assertTrue(waits.isEmpty());
  }

  @Test
  void succeedsAfterAThrottle() {
    when(client.converse(any(ConverseRequest.class)))
        .thenThrow(throttled())
        .thenReturn(ConverseResponse.builder().stopReason("end_turn").build());

    ConverseOutcome o = caller(2).converse(request);

    assertNull(o.diagnosis());
    assertEquals(2, o.attempts());
    assertEquals("end_turn", o.stopReason());
  }

  @Test
  void backoffCapsTheWait() {
    Backoff b = new Backoff(10, Duration.ofMillis(500), Duration.ofSeconds(2));
    Random r = new Random(3);
    for (int retry = 1; retry < 10; retry++) {
      assertTrue(b.delay(retry, r).toMillis() <= 2000);
    }
  }
}
