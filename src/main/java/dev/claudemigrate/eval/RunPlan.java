package dev.claudemigrate.eval;

/**
 * What to compare and how.
 *
 * @param baselineModel the model in production today
 * @param candidateModel the model to move to
 * @param guardrail the production guardrail, applied to both, or null
 * @param candidateThinkingBudget extended-thinking budget for the candidate, or null
 * @param repeat how many times each case runs on each model (answers vary)
 */
public record RunPlan(
    String baselineModel,
    String candidateModel,
    Guardrail guardrail,
    Integer candidateThinkingBudget,
    int repeat) {

  public RunPlan {
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1, got " + repeat);
    }
    if (candidateThinkingBudget != null && candidateThinkingBudget < 1024) {
      throw new IllegalArgumentException(
          "--candidate-thinking-budget must be at least 1024 tokens, got "
              + candidateThinkingBudget);
    }
  }

  public String model(Side side) {
    return side == Side.BASELINE ? baselineModel : candidateModel;
  }

  /**
   * The call one case makes on one side: the same prompt, tools and guardrail; thinking only for
   * the candidate.
   */
  public ModelRequest request(EvalCase c, Side side) {
    Integer thinking = side == Side.CANDIDATE ? candidateThinkingBudget : null;
    int maxTokens = c.maxTokens() + (thinking == null ? 0 : thinking);
    return new ModelRequest(
        model(side), c.system(), c.messages(), c.tools(), maxTokens, guardrail, thinking);
  }
}
