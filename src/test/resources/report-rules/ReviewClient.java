package com.example;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;

/** Claude review client: Converse for chat, InvokeModel for a legacy path. */
final class ReviewClient {
  private static final String MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
  private static final String ACTION = "bedrock:InvokeModel"; // trap: IAM action name

  private final BedrockRuntimeClient client;

  ReviewClient(BedrockRuntimeClient client) {
    this.client = client;
  }

  String review(String diff) {
    ConverseResponse resp = client.converse(r -> r
        .modelId(MODEL)
        .inferenceConfig(c -> c.maxTokens(4000).temperature(0.2f))
        .additionalModelRequestFields(Document.fromMap(java.util.Map.of("thinking",
            Document.fromMap(java.util.Map.of("type", Document.fromString("enabled"),
                "budget_tokens", Document.fromNumber(4000)))))));  // expect: thinking-budget budget_tokens 4000 is not below maxTokens 4000; temperature is set (0.2f)
    switch (resp.stopReason()) {
      case END_TURN:
        return resp.output().message().content().get(0).text();
      case MAX_TOKENS:
        return "truncated";
      default:
        throw new IllegalStateException("stopped: " + resp.stopReasonAsString());
    }
  }

  InferenceConfiguration sampling() {
    return InferenceConfiguration.builder().temperature(0.4f).topP(0.8f).build();  // expect: sampling 'topP' is set together with 'temperature' (line 38)
  }

  String legacy(String prompt) {
    String body = """
        {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 512,
         "messages": [{"role": "user", "content": "hello"}]}
        """;
    return client.invokeModel(b -> b.modelId(MODEL).body(SdkBytes.fromUtf8String(body)))  // expect: invoke-model invokeModel sends an Anthropic Messages body
        .body().asUtf8String();
  }

  /** Trap: a method named invokeModel is a definition, not a call. */
  String invokeModel(String body) {
    return body;
  }
}
