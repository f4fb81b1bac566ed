package dev.claudemigrate.engine.requests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One distinct request a project sends, as far as its source shows it statically. Two call sites
 * with equal shapes need one smoke call. Parts built at run time are absent here and named in
 * {@link #runtimeParts}.
 *
 * @param api how the request is sent
 * @param modelId the model or inference-profile ID (or ARN)
 * @param modelNote how the ID was found when it is not a plain literal (e.g. {@code default of
 *     BEDROCK_MODEL_ID}), or null
 * @param region the region the project states for this call (an ARN's, the file's or the
 *     project's), or null when none is stated
 * @param system the literal system prompt as declared (a string, or a list of text blocks), or null
 * @param maxTokens max_tokens / maxTokens, or null
 * @param thinking the thinking object as declared ({@code {type, budget_tokens}}), or null
 * @param betas anthropic_beta values
 * @param temperature temperature, or null
 * @param topP top_p / topP, or null
 * @param topK top_k, or null
 * @param tools tools in declared order: Anthropic-defined and custom
 * @param guardrailId guardrail identifier, or null
 * @param guardrailVersion guardrail version, or null
 * @param runtimeParts the names of request parts built at run time (not smoke-tested), sorted
 */
public record RequestShape(
    Api api,
    String modelId,
    String modelNote,
    String region,
    JsonNode system,
    Integer maxTokens,
    JsonNode thinking,
    List<String> betas,
    Double temperature,
    Double topP,
    Integer topK,
    List<ToolShape> tools,
    String guardrailId,
    String guardrailVersion,
    List<String> runtimeParts) {

  public RequestShape {
    betas = List.copyOf(betas);
    tools = List.copyOf(tools);
    runtimeParts = runtimeParts.stream().distinct().sorted().toList();
  }

  /** The Bedrock Runtime operation a shape is sent with. */
  public enum Api {
    /** The Converse API: {@code modelId}, {@code inferenceConfig}, {@code toolConfig}, ... */
    CONVERSE("Converse"),
    /** InvokeModel with an Anthropic Messages body ({@code anthropic_version}, ...). */
    INVOKE_MODEL("InvokeModel");

    private final String operation;

    Api(String operation) {
      this.operation = operation;
    }

    /** The operation name, as Bedrock and recordings spell it. */
    public String operation() {
      return operation;
    }
  }
}
