package dev.claudemigrate.bedrock.smoke.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudemigrate.bedrock.Documents;
import dev.claudemigrate.bedrock.Json;
import dev.claudemigrate.engine.requests.RequestShape;
import dev.claudemigrate.engine.requests.ToolShape;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

/**
 * Turns a request shape into the AWS SDK request of its smoke call: a {@link ConverseRequest} whose
 * serialised body is {@link ShapeBodies#converse}, or an {@link InvokeModelRequest} carrying {@link
 * ShapeBodies#messages} as its body, with the guardrail in InvokeModel's own fields.
 */
final class ShapeCalls {
  private ShapeCalls() {}

  static InvokeModelRequest invoke(String modelId, RequestShape s) {
    InvokeModelRequest.Builder b =
        InvokeModelRequest.builder()
            .modelId(modelId)
            .contentType("application/json")
            .accept("application/json")
            .body(SdkBytes.fromUtf8String(Json.write(ShapeBodies.messages(s))));
    if (s.guardrailId() != null) {
      b.guardrailIdentifier(s.guardrailId())
          .guardrailVersion(s.guardrailVersion() == null ? "DRAFT" : s.guardrailVersion());
    }
    return b.build();
  }

  static ConverseRequest converse(String modelId, RequestShape s) {
    JsonNode body = ShapeBodies.converse(s);
    ConverseRequest.Builder b =
        ConverseRequest.builder()
            .modelId(modelId)
            .messages(
                Message.builder()
                    .role(ConversationRole.USER)
                    .content(ContentBlock.fromText(ShapeBodies.TINY_TURN))
                    .build());
    List<SystemContentBlock> system = new ArrayList<>();
    body.path("system")
        .forEach(t -> system.add(SystemContentBlock.fromText(t.path("text").asText())));
    if (!system.isEmpty()) {
      b.system(system);
    }
    JsonNode inference = body.path("inferenceConfig");
    if (!inference.isMissingNode()) {
      InferenceConfiguration.Builder c = InferenceConfiguration.builder();
      if (s.maxTokens() != null) {
        c.maxTokens(s.maxTokens());
      }
      if (s.temperature() != null) {
        c.temperature(s.temperature().floatValue());
      }
      if (s.topP() != null) {
        c.topP(s.topP().floatValue());
      }
      b.inferenceConfig(c.build());
    }
    List<Tool> tools = new ArrayList<>();
    for (ToolShape t : s.tools()) {
      if (!t.anthropicDefined()) {
        tools.add(Tool.fromToolSpec(spec(t)));
      }
    }
    if (!tools.isEmpty()) {
      b.toolConfig(ToolConfiguration.builder().tools(tools).build());
    }
    if (body.has("additionalModelRequestFields")) {
      b.additionalModelRequestFields(Documents.of(body.get("additionalModelRequestFields")));
    }
    if (s.guardrailId() != null) {
      b.guardrailConfig(
          GuardrailConfiguration.builder()
              .guardrailIdentifier(s.guardrailId())
              .guardrailVersion(s.guardrailVersion() == null ? "DRAFT" : s.guardrailVersion())
              .build());
    }
    return b.build();
  }

  private static ToolSpecification spec(ToolShape t) {
    ToolSpecification.Builder spec =
        ToolSpecification.builder()
            .name(t.name())
            .inputSchema(
                ToolInputSchema.fromJson(Documents.of(t.declaration().path("input_schema"))));
    if (t.declaration().has("description")) {
      spec.description(t.declaration().get("description").asText());
    }
    return spec.build();
  }
}
