package dev.claudemigrate.bedrock.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.ConverseCaller;
import dev.claudemigrate.bedrock.ConverseOutcome;
import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.bedrock.Documents;
import dev.claudemigrate.eval.Message;
import dev.claudemigrate.eval.ModelInvoker;
import dev.claudemigrate.eval.ModelRequest;
import dev.claudemigrate.eval.ModelResponse;
import dev.claudemigrate.eval.ToolCall;
import dev.claudemigrate.eval.ToolDef;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

/**
 * The one class of eval that speaks AWS: maps a {@link ModelRequest} to a Converse request (system,
 * messages, toolConfig, guardrailConfig, thinking in additionalModelRequestFields) and the answer
 * back, through the shared {@link ConverseCaller} and its retries with backoff.
 */
public final class BedrockInvoker implements ModelInvoker {
  /**
   * Converse does not count thinking tokens apart; about four characters a token is the usual
   * estimate.
   */
  private static final int CHARS_PER_TOKEN = 4;

  private final ConverseCaller caller;

  public BedrockInvoker(ConverseCaller caller) {
    this.caller = caller;
  }

  @Override
  public ModelResponse invoke(ModelRequest request) {
    ConverseOutcome o = caller.converse(converse(request));
    long latency = o.latencyMs() != null ? o.latencyMs() : o.wallMs();
    if (!o.answered()) {
      Diagnosis d = o.diagnosis();
      return ModelResponse.failed(
          d.kind().name().toLowerCase(Locale.ROOT) + ": " + d.message(), latency);
    }
    List<ToolCall> calls =
        o.toolUses().stream().map(t -> new ToolCall(t.name(), t.input())).toList();
    return new ModelResponse(
        o.text(),
        calls,
        o.stopReason(),
        o.inputTokens(),
        o.outputTokens(),
        thinkingTokens(o),
        latency,
        null);
  }

  static ConverseRequest converse(ModelRequest r) {
    ConverseRequest.Builder b =
        ConverseRequest.builder()
            .modelId(r.modelId())
            .messages(r.messages().stream().map(BedrockInvoker::message).toList())
            .inferenceConfig(InferenceConfiguration.builder().maxTokens(r.maxTokens()).build());
    if (r.system() != null && !r.system().isBlank()) {
      b.system(SystemContentBlock.fromText(r.system()));
    }
    if (!r.tools().isEmpty()) {
      b.toolConfig(
          ToolConfiguration.builder()
              .tools(r.tools().stream().map(BedrockInvoker::tool).toList())
              .build());
    }
    if (r.guardrail() != null) {
      b.guardrailConfig(
          GuardrailConfiguration.builder()
              .guardrailIdentifier(r.guardrail().id())
              .guardrailVersion(r.guardrail().version())
              .build());
    }
    if (r.thinkingBudget() != null) {
      ObjectNode fields = JsonNodeFactory.instance.objectNode();
      fields.putObject("thinking").put("type", "enabled").put("budget_tokens", r.thinkingBudget());
      b.additionalModelRequestFields(Documents.of(fields));
    }
    return b.build();
  }

  private static software.amazon.awssdk.services.bedrockruntime.model.Message message(Message m) {
    return software.amazon.awssdk.services.bedrockruntime.model.Message.builder()
        .role(ConversationRole.fromValue(m.role()))
        .content(ContentBlock.fromText(m.text()))
        .build();
  }

  private static Tool tool(ToolDef t) {
    ToolSpecification.Builder spec =
        ToolSpecification.builder()
            .name(t.name())
            .inputSchema(ToolInputSchema.fromJson(Documents.of(t.inputSchema())));
    if (t.description() != null) {
      spec.description(t.description());
    }
    return Tool.fromToolSpec(spec.build());
  }

  private static long thinkingTokens(ConverseOutcome o) {
    long chars = o.reasoning().stream().mapToLong(r -> r.text().length()).sum();
    return (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
  }
}
