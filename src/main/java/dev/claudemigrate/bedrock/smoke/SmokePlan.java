package dev.claudemigrate.bedrock.smoke;

import dev.claudemigrate.catalog.Price;
import java.util.List;

/**
 * What one smoke run does, fully resolved: the model or profile ID, the checks, limits and inputs.
 *
 * @param modelId the model ID or inference-profile ID Converse is called with
 * @param modelName the catalog name of the model, or the ID when the catalog does not know it
 * @param region the AWS region
 * @param checks the checks to run, in order
 * @param maxTokens maxTokens for every turn
 * @param thinkingBudget budget_tokens for the thinking check
 * @param guardrailId the guardrail ID or ARN, or null
 * @param guardrailVersion the guardrail version, or null
 * @param prompts the prompt cases (at least one)
 * @param tool the text-editor tool definition
 * @param betas anthropic_beta values the tool needs (from the catalog), may be empty
 * @param price the catalog price for cost estimates, or null when unknown
 */
public record SmokePlan(
    String modelId,
    String modelName,
    String region,
    List<SmokeCheck> checks,
    int maxTokens,
    int thinkingBudget,
    String guardrailId,
    String guardrailVersion,
    List<PromptCase> prompts,
    ToolDefinition tool,
    List<String> betas,
    Price price) {

  public SmokePlan {
    checks = List.copyOf(checks);
    prompts = List.copyOf(prompts);
    betas = List.copyOf(betas);
    if (prompts.isEmpty()) {
      throw new IllegalArgumentException("at least one prompt case is needed");
    }
  }
}
