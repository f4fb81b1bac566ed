package dev.claudemigrate.engine.rules.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
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
    assertEquals(List.of(), t.findings("config.ts", TS));
    assertEquals(
        List.of(),
        t.findings(
            "config.py",
            """
        CLAUDE = "anthropic.claude-3-5-sonnet-20241022-v2:0"
        def config(model_id, cfg):
            if model_id.startswith("meta.llama3"):
                cfg["temperature"] = 0.5
                cfg["top_p"] = 0.9
            return cfg
        """));
  }

  @Test
  void aBranchThatClaudeMayTakeStillCounts() {
    Finding f = t.one("config.ts", TS.replace("includes('nova')", "includes('claude')"), 4);
    assertEquals("sampling", f.ruleId());
    t.one("config.ts", TS.replace("includes('nova')", "includes('nova') || greedy"), 4);
    t.one("config.ts", TS.replace("modelId.includes('nova')", "!modelId.includes('nova')"), 4);
    t.one("config.ts", TS.replace("modelId.includes('nova')", "greedy"), 4);
  }
}
