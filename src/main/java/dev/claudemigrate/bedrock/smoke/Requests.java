package dev.claudemigrate.bedrock.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.Documents;
import java.util.List;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;

/** Builds the Converse requests of the smoke checks from a {@link SmokePlan}. */
final class Requests {
  private final SmokePlan plan;

  Requests(SmokePlan plan) {
    this.plan = plan;
  }

  static Message user(String text) {
    return Message.builder()
        .role(ConversationRole.USER)
        .content(ContentBlock.fromText(text))
        .build();
  }

  /** A one-turn request for {@code c}, with its system prompt, temperature and top_k. */
  ConverseRequest.Builder turn(PromptCase c, List<Message> messages) {
    InferenceConfiguration.Builder inference =
        InferenceConfiguration.builder().maxTokens(plan.maxTokens());
    if (c.temperature() != null) {
      inference.temperature(c.temperature().floatValue());
    }
    ConverseRequest.Builder b =
        ConverseRequest.builder()
            .modelId(plan.modelId())
            .messages(messages)
            .inferenceConfig(inference.build());
    if (c.system() != null) {
      b.system(SystemContentBlock.fromText(c.system()));
    }
    if (c.topK() != null) {
      b.additionalModelRequestFields(Documents.of(fields().put("top_k", c.topK())));
    }
    return b;
  }

  /** The tools-check request: the tool (and the betas it needs) plus the conversation so far. */
  ConverseRequest tools(List<Message> messages) {
    ObjectNode fields = fields();
    JsonNode tool = plan.tool().additionalField();
    if (tool != null) {
      fields.putArray("tools").add(tool);
    }
    if (!plan.betas().isEmpty()) {
      plan.betas().forEach(fields.putArray("anthropic_beta")::add);
    }
    ConverseRequest.Builder b =
        ConverseRequest.builder()
            .modelId(plan.modelId())
            .messages(messages)
            .inferenceConfig(InferenceConfiguration.builder().maxTokens(plan.maxTokens()).build())
            .toolConfig(plan.tool().toolConfig());
    if (fields.size() > 0) {
      b.additionalModelRequestFields(Documents.of(fields));
    }
    return b.build();
  }

  /** The thinking-check request: the case's turn with {@code thinking.budget_tokens}. */
  ConverseRequest thinking(PromptCase c) {
    ObjectNode fields = fields();
    ObjectNode thinking = fields.putObject("thinking");
    thinking.put("type", "enabled");
    thinking.put("budget_tokens", plan.thinkingBudget());
    if (c.topK() != null) {
      fields.put("top_k", c.topK());
    }
    return turn(c, List.of(user(c.prompt())))
        .additionalModelRequestFields(Documents.of(fields))
        .build();
  }

  private static ObjectNode fields() {
    return JsonNodeFactory.instance.objectNode();
  }
}
