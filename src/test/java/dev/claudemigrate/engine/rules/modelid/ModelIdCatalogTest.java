package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.source.Context;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field classes "catalog" and "data-file": structures that name many models on purpose (model
 * settings tables, provider enums, registries, lists in a string) and result records (leaderboards)
 * are reported as info and never rewritten; the same IDs in a configuration that names one or two
 * models, or in code that resolves a choice, still are. Each pair shows the class and the case next
 * to it that must keep its rewrite.
 */
class ModelIdCatalogTest {
  private final RewriteTester t =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");
  private final Model to = t.context().targetModel();

  /** Six distinct models: 3.5 Sonnet v1 and v2, 3.7 Sonnet, Sonnet 4, 3 Haiku, 3 Opus. */
  private static final List<String> SIX =
      List.of(
          "claude-3-5-sonnet-20240620",
          "claude-3-5-sonnet-20241022",
          "claude-3-7-sonnet-20250219",
          "claude-sonnet-4-20250514",
          "claude-3-haiku-20240307",
          "claude-3-opus-20240229");

  private static String settingsYaml(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      sb.append("- name: anthropic/")
          .append(id)
          .append("\n  edit_format: diff\n  use_repo_map: true\n  editor_model_name: anthropic/")
          .append(id)
          .append("\n\n");
    }
    return sb.toString();
  }

  private static void allInfoWithoutEdits(List<Finding> f) {
    assertTrue(f.stream().noneMatch(Finding::fixable), "edits in a catalog: " + f);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f.toString());
  }

  @Test
  void aModelSettingsTableOfManyModelsIsReportedNotRewritten() {
    List<Finding> f = t.findings("resources/model-settings.yml", settingsYaml(SIX));
    assertEquals(10, f.size(), "every model but 3 Haiku, twice: " + f);
    allInfoWithoutEdits(f);
    assertTrue(f.get(0).message().contains("catalog"), f.get(0).message());
  }

  @Test
  void theSameRecordsNamingTwoModelsAreStillRewritten() {
    String before = settingsYaml(SIX.subList(0, 2));
    String after =
        before.replace(SIX.get(0), to.anthropicId()).replace(SIX.get(1), to.anthropicId());
    assertEquals(4, t.rewrites("config/models.yml", before, after).size());
  }

  @Test
  void aPythonEnumOfProviderModelsIsACatalog() {
    StringBuilder sb = new StringBuilder("class Deployment(str, Enum):\n");
    for (int i = 0; i < SIX.size(); i++) {
      sb.append("    MODEL_").append(i).append(" = \"").append(SIX.get(i)).append("\"\n");
    }
    allInfoWithoutEdits(t.findings("deployments.py", sb.toString()));
  }

  @Test
  void aPlatformEnumNamingOtherProvidersModelsIsACatalog() {
    // Two Claude models among a Bedrock adapter's enum of every model of the platform.
    String src =
        """
        class ChatCompletionDeployment(str, Enum):
            AMAZON_TITAN = "amazon.titan-tg1-large"
            AI21_J2_ULTRA = "ai21.j2-ultra-v1"
            CLAUDE_V3_SONNET = "anthropic.claude-3-sonnet-20240229-v1:0"
            CLAUDE_V3_5_SONNET_US = "us.anthropic.claude-3-5-sonnet-20240620-v1:0"
            META_LLAMA3 = "meta.llama3-8b-instruct-v1:0"
            COHERE_COMMAND = "cohere.command-r-v1:0"
        """;
    allInfoWithoutEdits(t.findings("deployments.py", src));
    String two =
        """
        class Settings:
            model = "us.anthropic.claude-3-5-sonnet-20240620-v1:0"
            embeddings = "amazon.titan-embed-text-v2:0"
        """;
    assertTrue(t.findings("settings.py", two).get(0).fixable());
  }

  @Test
  void aListInATripleQuotedStringIsACatalog() {
    String src = "ANTHROPIC_MODELS = \"\"\"\n" + String.join("\n", SIX) + "\n\"\"\"\n";
    allInfoWithoutEdits(t.findings("models.py", src));
  }

  @Test
  void aKotlinObjectOfModelDefinitionsIsACatalog() {
    StringBuilder sb = new StringBuilder("object AnthropicModels {\n");
    for (int i = 0; i < SIX.size(); i++) {
      sb.append("    val M")
          .append(i)
          .append(" = LLModel(provider = Anthropic, id = \"")
          .append(SIX.get(i))
          .append("\", contextLength = 200_000)\n");
    }
    sb.append("}\n");
    allInfoWithoutEdits(t.findings("AnthropicModels.kt", sb.toString()));
  }

  @Test
  void theDefaultChosenInACatalogIsStillRewritten() {
    StringBuilder src = new StringBuilder("class Known(Enum):\n");
    src.append("    DEFAULT_MODEL = \"").append(SIX.get(1)).append("\"\n");
    for (int i = 0; i < SIX.size(); i++) {
      src.append("    M").append(i).append(" = \"").append(SIX.get(i)).append("\"\n");
    }
    List<Finding> f = t.findings("models.py", src.toString());
    assertTrue(f.get(0).fixable(), "the default is a use: " + f.get(0));
    assertTrue(f.subList(1, f.size()).stream().noneMatch(Finding::fixable), f.toString());
  }

  @Test
  void codeThatResolvesAChoiceToManyIdsIsNotACatalog() {
    // One function maps UI names to IDs: each return is the live ID of that choice.
    StringBuilder src = new StringBuilder("def get_model_id(model):\n");
    for (int i = 0; i < SIX.size(); i++) {
      src.append("    if model == \"m").append(i).append("\":\n");
      src.append("        return \"").append(SIX.get(i)).append("\"\n");
    }
    sonnetsAreRewritten(t.findings("bedrock.py", src.toString()));
  }

  private static void sonnetsAreRewritten(List<Finding> f) {
    List<Finding> sonnets = f.stream().filter(x -> x.matched().contains("sonnet")).toList();
    assertEquals(4, sonnets.size(), f.toString());
    assertTrue(sonnets.stream().allMatch(Finding::fixable), sonnets.toString());
  }

  @Test
  void aJavaMethodBodyEndsTheWalkOutward() {
    StringBuilder before = new StringBuilder("class Models {\n");
    for (int i = 0; i < SIX.size(); i++) {
      before
          .append("  String m")
          .append(i)
          .append("() {\n    return \"")
          .append(SIX.get(i))
          .append("\";\n  }\n");
    }
    before.append("}\n");
    sonnetsAreRewritten(t.findings("Models.java", before.toString()));
  }

  @Test
  void benchmarkResultRecordsInYamlAreData() {
    StringBuilder sb = new StringBuilder();
    for (String id : List.of(SIX.get(1), SIX.get(2))) {
      sb.append("- dirname: 2025-01-17-19-44-33--run\n  test_cases: 225\n  model: ")
          .append(id)
          .append("\n  edit_format: diff\n  pass_rate_1: 22.2\n  pass_rate_2: 51.6\n")
          .append("  pass_num_1: 50\n  pass_num_2: 116\n  error_outputs: 0\n")
          .append("  date: 2025-01-17\n  seconds_per_case: 34.8\n  total_cost: 0.3236\n")
          .append("  command: aider --model ")
          .append(id)
          .append("\n\n");
    }
    List<Finding> f = t.findings("website/_data/leaderboard.yml", sb.toString());
    assertEquals(4, f.size());
    assertTrue(f.stream().allMatch(x -> x.context() == Context.DATA), f.toString());
    allInfoWithoutEdits(f);
  }

  @Test
  void aYamlListOfDeploymentStepsIsConfigurationAndRewritten() {
    String before =
        """
        - name: MODEL_ID
          value: claude-3-5-sonnet-20240620
        - name: MAX_TOKENS
          value: "1024"
        - name: TIMEOUT
          value: "30"
        """;
    assertTrue(t.findings("k8s/env.yaml", before).get(0).fixable());
  }
}
