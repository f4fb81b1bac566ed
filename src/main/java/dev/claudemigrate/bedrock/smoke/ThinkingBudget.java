package dev.claudemigrate.bedrock.smoke;

import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.bedrock.Diagnosis.Kind;
import java.util.Optional;

/** Checks extended-thinking settings before any call, so a bad budget costs nothing. */
public final class ThinkingBudget {
  /** The smallest budget Claude accepts. */
  public static final int MIN = 1024;

  private ThinkingBudget() {}

  /**
   * The problem with these settings, if any: the budget must be at least 1024 and below max tokens,
   * and thinking does not combine with a changed temperature or with top_k.
   */
  public static Optional<Diagnosis> check(
      int budget, int maxTokens, Double temperature, Integer topK) {
    String problem = null;
    if (budget < MIN) {
      problem = "thinking budget " + budget + " is below the minimum " + MIN;
    } else if (budget >= maxTokens) {
      problem = "thinking budget " + budget + " is not below max tokens " + maxTokens;
    } else if (temperature != null && temperature != 1.0) {
      problem =
          "temperature " + temperature + " is set; thinking does not allow changing temperature";
    } else if (topK != null) {
      problem = "top_k " + topK + " is set; thinking does not allow top_k";
    }
    return Optional.ofNullable(problem)
        .map(
            p ->
                new Diagnosis(
                    Kind.INVALID_THINKING,
                    p + " (checked locally, nothing was sent)",
                    "use --thinking-budget of at least "
                        + MIN
                        + " and below --max-tokens, and drop temperature and top_k from thinking requests"));
  }
}
