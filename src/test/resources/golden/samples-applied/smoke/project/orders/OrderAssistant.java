package com.example.orders;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** Answers order questions with a custom lookup tool, through InvokeModel. */
public final class OrderAssistant {
  static final String MODEL_ID = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";

  private static final String REQUEST = """
      {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 512,
       "tools": [{"name": "lookup_order", "description": "Look up an order by its id.",
                  "input_schema": {"type": "object",
                                   "properties": {"order_id": {"type": "string"}},
                                   "required": ["order_id"]}}],
       "messages": [{"role": "user", "content": "Where is order 42?"}]}
      """;

  private final BedrockRuntimeClient client =
      BedrockRuntimeClient.builder().region(Region.US_EAST_1).build();

  String ask() {
    return client
        .invokeModel(r -> r.modelId(MODEL_ID).body(SdkBytes.fromUtf8String(REQUEST)))
        .body()
        .asUtf8String();
  }
}
