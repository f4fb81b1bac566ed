package dev.claudemigrate.engine.rules.sampling;

import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/** Sampling set in a branch that only another provider's model takes is not a Claude request. */
class SamplingOtherProviderTest {
  private final ReportTester t = new ReportTester(new SamplingRule());

  private static final String TS =
      """
      const CLAUDE = 'anthropic.claude-3-5-sonnet-20241022-v2:0'
      function config(modelId: string, inferenceConfig: InferenceConfig) {
        if (modelId.includes('nova')) {
          inferenceConfig.topP = 1
          inferenceConfig.temperature = 1
        }
        return inferenceConfig
      }
      """;

  @Test
  void aBranchForAnotherModelFamilyIsNotAClaudeRequest() {
    t.none("config.ts", TS);
    t.none(
        "config.py",
        """
        CLAUDE = "anthropic.claude-3-5-sonnet-20241022-v2:0"
        def config(model_id, cfg):
            if model_id.startswith("meta.llama3"):
                cfg["temperature"] = 0.5
                cfg["top_p"] = 0.9
            return cfg
        """);
  }

  @Test
  void aBranchThatClaudeMayTakeStillCounts() {
    t.one("config.ts", TS.replace("includes('nova')", "includes('claude')"), 4);
    t.one("config.ts", TS.replace("includes('nova')", "includes('nova') || greedy"), 4);
    t.one("config.ts", TS.replace("modelId.includes('nova')", "!modelId.includes('nova')"), 4);
    t.one("config.ts", TS.replace("modelId.includes('nova')", "greedy"), 4);
  }
}
