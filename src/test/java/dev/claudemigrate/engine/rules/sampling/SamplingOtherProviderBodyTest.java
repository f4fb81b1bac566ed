package dev.claudemigrate.engine.rules.sampling;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * A request body of another provider's model, built in a file that also calls Claude, is not a
 * Claude request: told by a key only that provider's body has, or by the name of the function or
 * class that builds it.
 */
class SamplingOtherProviderBodyTest {
  private final ReportTester t = new ReportTester(new SamplingRule());

  /** One class per provider; the first builds a Titan body statement by statement. */
  private static final String JAVA =
      """
      import java.util.HashMap;
      import java.util.Map;
      class Bodies {
        static final String CLAUDE = "anthropic.claude-3-5-sonnet-20240620-v1:0";
      }
      class TitanText {
        String body(String prompt) {
          Map<String, Object> generation = new HashMap<>();
          generation.put("maxTokenCount", 256);
          generation.put("temperature", 0.2);
          generation.put("topP", 0.8);
          Map<String, Object> body = new HashMap<>();
          body.put("inputText", prompt);
          body.put("textGenerationConfig", generation);
          return body.toString();
        }
      }
      """;

  @Test
  void aTitanBodyIsNotAClaudeRequest() {
    t.none("Bodies.java", JAVA);
  }

  @Test
  void theSameBodyWithClaudeKeysIsStillReported() {
    t.one(
        "Bodies.java",
        JAVA.replace("maxTokenCount", "max_tokens").replace("TitanText", "Text"),
        11);
  }

  @Test
  void aProviderKeyAloneTellsTheBody() {
    String python =
        """
        CLAUDE = "anthropic.claude-3-5-sonnet-20240620-v1:0"
        def body(prompt):
            return {"prompt": prompt, "max_gen_len": 512, "temperature": 0.5, "top_p": 0.9}
        """;
    t.none("body.py", python);
    t.one("body.py", python.replace("max_gen_len", "max_tokens"), 3);
  }

  @Test
  void penaltyObjectsTellAnAi21BodyButNumericPenaltiesDoNot() {
    String ts =
        """
        const CLAUDE = 'anthropic.claude-3-5-sonnet-20240620-v1:0'
        export function body(prompt: string) {
          return { prompt, temperature: 0.7, topP: 1, presencePenalty: { scale: 0 } }
        }
        """;
    t.none("body.ts", ts);
    t.one("body.ts", ts.replace("{ scale: 0 }", "0"), 3);
  }

  @Test
  void aFunctionNamedForAnotherProviderBuildsItsBody() {
    String python =
        """
        CLAUDE = "anthropic.claude-3-5-sonnet-20240620-v1:0"
        def build_llama3_request(prompt):
            return {"prompt": prompt, "temperature": 0.5, "top_p": 0.9}
        """;
    t.none("body.py", python);
    t.one("body.py", python.replace("build_llama3_request", "build_request"), 3);
    t.one("body.py", python.replace("build_llama3_request", "build_llama_or_claude"), 3);
  }

  @Test
  void providerWordsAreWholeWordsOfTheName() {
    assertTrue(OtherProviderBody.namesOther("AI21LabsCommand"));
    assertTrue(OtherProviderBody.namesOther("AmazonTitanCommand"));
    assertTrue(OtherProviderBody.namesOther("invoke_mistral"));
    assertTrue(OtherProviderBody.namesOther("novaBody"));
    assertFalse(OtherProviderBody.namesOther("InnovationService"));
    assertFalse(OtherProviderBody.namesOther("OllamaClient"));
    assertFalse(OtherProviderBody.namesOther("LlamaIndexSettings"));
    assertFalse(OtherProviderBody.namesOther("ClaudeOrTitan"));
  }
}
