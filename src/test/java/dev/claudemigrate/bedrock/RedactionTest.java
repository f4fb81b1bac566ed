package dev.claudemigrate.bedrock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpResponse;

/** Credentials an endpoint quotes back never reach a recording, a diagnosis or a report. */
class RedactionTest {
  static final String KEY_ID = "ASIAQWERTYUIOPASDFGH";
  static final String TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD";
  static final String SIGNATURE =
      "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

  /** What a proxy's error page might quote: the signed request, header by header. */
  static final String QUOTED =
      "Rejected request:\nPOST /model/x/converse\nAuthorization: AWS4-HMAC-SHA256 Credential="
          + KEY_ID
          + "/20261126/us-east-1/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature="
          + SIGNATURE
          + "\nX-Amz-Security-Token: "
          + TOKEN
          + "\n";

  private static void assertClean(String s) {
    assertFalse(s.contains(KEY_ID), s);
    assertFalse(s.contains(TOKEN), s);
    assertFalse(s.contains(SIGNATURE), s);
  }

  @Test
  void theSignedRequestShapesAreRedacted() {
    String out = Redaction.redact(QUOTED);
    assertClean(out);
    assertTrue(out.contains("Authorization: [redacted]"), out);
    assertTrue(out.contains("X-Amz-Security-Token: [redacted]"), out);
    assertTrue(out.startsWith("Rejected request:\nPOST /model/x/converse\n"), out);
    assertNull(Redaction.redact(null));
  }

  @Test
  void insideJsonToo() {
    String json =
        "{\"message\":\"bad request\",\"echo\":{\"headers\":{\"Authorization\":\"AWS4-HMAC-SHA256 Credential="
            + KEY_ID
            + "/x, Signature="
            + SIGNATURE
            + "\",\"X-Amz-Security-Token\":\""
            + TOKEN
            + "\"},\"sessionToken\":\""
            + TOKEN
            + "\"}}";
    String out = Redaction.redact(json);
    assertClean(out);
    assertTrue(out.contains("\"message\":\"bad request\""), out);
  }

  @Test
  void aRecordedResponseBodyIsRedacted() {
    SdkHttpResponse response =
        SdkHttpResponse.builder()
            .statusCode(403)
            .headers(Map.of("Content-Type", List.of("text/plain")))
            .build();
    WireRequest wire =
        WireRequest.of(
            SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(URI.create("https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse"))
                .build(),
            "{}".getBytes(StandardCharsets.UTF_8));
    Exchange text =
        RecordingHttpClient.exchange(wire, response, QUOTED.getBytes(StandardCharsets.UTF_8));
    assertClean(Json.write(text));
    Exchange json =
        RecordingHttpClient.exchange(
            wire,
            response,
            ("{\"message\":\"" + QUOTED.replace("\n", "\\n") + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    assertClean(Json.write(json));
  }

  @Test
  void aDiagnosisNeverCarriesCredentials() {
    Diagnosis d = new Diagnosis(Diagnosis.Kind.BAD_CREDENTIALS, QUOTED, "check " + KEY_ID);
    assertClean(d.message() + d.fix());
  }
}
