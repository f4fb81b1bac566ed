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

  /** Holdout17: one factory per provider; only the Anthropic one builds a Claude request. */
  private static final String FACTORIES =
      """
      def create_anthropic_llm(model_name, **kwargs):
          return ChatAnthropic(model=model_name, temperature=kwargs["temperature"], top_p=kwargs["top_p"])

      def create_ollama_llm(model_name, **kwargs):
          return ChatOllama(
              model=model_name,
              temperature=kwargs["temperature"],
              top_p=kwargs["top_p"],
          )

      def create_openai_llm(model_name, **kwargs):
          return ChatOpenAI(model=model_name, temperature=kwargs["temperature"], top_p=kwargs["top_p"])
      """;

  @Test
  void aFunctionBuildingAnotherProvidersClientIsNotAClaudeRequest() {
    Finding f = t.one("llm.py", FACTORIES, 2);
    assertEquals("sampling", f.ruleId());
  }

  @Test
  void aBranchThatClaudeMayTakeStillCounts() {
    Finding f = t.one("config.ts", TS.replace("includes('nova')", "includes('claude')"), 4);
    assertEquals("sampling", f.ruleId());
    t.one("config.ts", TS.replace("includes('nova')", "includes('nova') || greedy"), 4);
    t.one("config.ts", TS.replace("modelId.includes('nova')", "!modelId.includes('nova')"), 4);
    t.one("config.ts", TS.replace("modelId.includes('nova')", "greedy"), 4);
  }

  private static final String JAVA =
      """
      class Samples {
        static String claude() {
          return converse("anthropic.claude-3-haiku-20240307-v1:0");
        }

        static void tools() {
          String modelId = "cohere.command-r-v1:0";
          client.converse(r -> r.modelId(modelId)
              .inferenceConfig(c -> c.maxTokens(512).temperature(0.5F).topP(0.9F)));
        }
      }
      """;

  @Test
  void aMethodThatSendsOnlyAnotherProvidersModelIsNotAClaudeRequest() {
    assertEquals(List.of(), t.findings("Samples.java", JAVA));
    assertEquals(
        List.of(),
        t.findings(
            "samples.py",
            """
        CLAUDE = "us.anthropic.claude-sonnet-4-20250514-v1:0"
        def ask_llama(client, prompt):
            model_id = "us.meta.llama3-2-90b-instruct-v1:0"
            return client.converse(modelId=model_id,
                inferenceConfig={"temperature": 0.5, "topP": 0.9})
        """));
  }

  @Test
  void aMethodThatAlsoNamesClaudeOrNoModelStillCounts() {
    t.one(
        "Samples.java",
        JAVA.replace("\"cohere.command-r-v1:0\"", "\"anthropic.claude-3-sonnet-20240229-v1:0\""),
        9);
    t.one(
        "Samples.java",
        JAVA.replace("String modelId = \"cohere.command-r-v1:0\";", "String modelId = pick();"),
        9);
    // A fallback to Claude in the same method: the request may be Claude's.
    t.one(
        "Samples.java",
        JAVA.replace(
            "String modelId = \"cohere.command-r-v1:0\";",
            "String modelId = cheap ? \"cohere.command-r-v1:0\" : CLAUDE_SONNET;"),
        9);
  }
}
