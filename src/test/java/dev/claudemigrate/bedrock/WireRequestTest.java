package dev.claudemigrate.bedrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/** Operation and resource from wire paths; query without signature parameters. */
class WireRequestTest {
  private static WireRequest of(String method, String pathAndQuery, String body) {
    SdkHttpRequest r =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.fromValue(method))
            .uri(URI.create("https://bedrock-runtime.us-east-1.amazonaws.com" + pathAndQuery))
            .build();
    return WireRequest.of(r, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void converseModelIdIsPercentDecoded() {
    WireRequest w =
        of(
            "POST",
            "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123%3Ainference-profile%2Fus.anthropic.claude-sonnet-4-6/converse",
            "{\"messages\":[]}");

    assertEquals("Converse", w.operation());
    assertEquals(
        "arn:aws:bedrock:us-east-1:123:inference-profile/us.anthropic.claude-sonnet-4-6",
        w.resource());
    assertEquals("[]", w.body().path("messages").toString());
  }

  @Test
  void controlPlaneOperationsAndQuery() {
    WireRequest list = of("GET", "/inference-profiles?type=SYSTEM_DEFINED&X-Amz-Signature=abc", "");
    WireRequest guard = of("GET", "/guardrails/gr1?guardrailVersion=2", "");

    assertEquals("ListInferenceProfiles", list.operation());
    assertNull(list.resource());
    assertEquals(Map.of("type", "SYSTEM_DEFINED"), list.query());
    assertNull(list.body());
    assertEquals("GetGuardrail", guard.operation());
    assertEquals("2", guard.query().get("guardrailVersion"));
  }
}
