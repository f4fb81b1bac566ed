package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Field class "a live model configuration taken for a catalog": a LiteLLM proxy's {@code
 * model_list} and an application's map of named model settings name many models, and each entry is
 * still a request the project makes. Before, six distinct models made such a file a catalog, and
 * its old Sonnet entries got only an info finding. Beside each case, the catalog shapes that must
 * stay quiet.
 */
class ModelRoutesTest {
  private final RewriteTester t =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");

  /** A LiteLLM entry; {@code region} is the literal after aws_region_name, or null for none. */
  private static String entry(String alias, String model, String region) {
    return "  - model_name: "
        + alias
        + "\n    litellm_params:\n      model: bedrock/"
        + model
        + "\n"
        + (region == null ? "" : "      aws_region_name: " + region + "\n")
        + "\n";
  }

  /** Entries for other models: with the old ones below, seven distinct models in the file. */
  private static final String OTHERS =
      entry("haiku", "us.anthropic.claude-haiku-4-5-20251001-v1:0", null)
          + entry("opus", "us.anthropic.claude-opus-4-5-20251101-v1:0", null)
          + entry("deepseek", "us.deepseek.r1-v1:0", null)
          + entry("llama", "us.meta.llama3-3-70b-instruct-v1:0", null);

  /** Six distinct models, four of them Claude's: enough for a catalog. */
  private static final List<String> SIX =
      List.of(
          "claude-3-5-sonnet-20241022",
          "claude-3-7-sonnet-20250219",
          "claude-sonnet-4-20250514",
          "claude-3-opus-20240229",
          "gpt-4o-2024-08-06",
          "gemini-2.0-flash");

  private static String proxyConfig(String... oldEntries) {
    return "model_list:\n" + String.join("", oldEntries) + OTHERS;
  }

  private static void allInfoWithoutEdits(List<Finding> f) {
    assertTrue(f.stream().noneMatch(Finding::fixable), "edits in a catalog: " + f);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f.toString());
  }

  @Test
  void aLiteLlmModelListOfManyModelsIsRewritten() {
    String before =
        proxyConfig(
            entry("sonnet-4", "us.anthropic.claude-sonnet-4-20250514-v1:0", "us-west-2"),
            entry("sonnet-3.5", "us.anthropic.claude-3-5-sonnet-20241022-v2:0", "us-west-2"),
            entry("sonnet-3.7", "us.anthropic.claude-3-7-sonnet-20250219-v1:0", "us-west-2"));
    String after =
        before
            .replace("us.anthropic.claude-sonnet-4-20250514-v1:0", "us.anthropic.claude-sonnet-4-6")
            .replace(
                "us.anthropic.claude-3-5-sonnet-20241022-v2:0", "us.anthropic.claude-sonnet-4-6")
            .replace(
                "us.anthropic.claude-3-7-sonnet-20250219-v1:0", "us.anthropic.claude-sonnet-4-6");
    List<Finding> f = t.rewrites("litellm-config.yaml", before, after);
    assertEquals(3, f.size(), f::toString);
    assertTrue(f.stream().noneMatch(x -> x.message().contains("catalog")), f::toString);
  }

  @Test
  void anEntrysOwnRegionDecidesTheProfileOfABaseId() {
    String before =
        proxyConfig(
            entry("a", "anthropic.claude-3-5-sonnet-20240620-v1:0", "eu-central-1"),
            entry("b", "anthropic.claude-3-7-sonnet-20250219-v1:0", "\"ap-northeast-1\""));
    String after =
        before
            .replace("anthropic.claude-3-5-sonnet-20240620-v1:0", "eu.anthropic.claude-sonnet-4-6")
            .replace("anthropic.claude-3-7-sonnet-20250219-v1:0", "jp.anthropic.claude-sonnet-4-6");
    assertEquals(2, t.rewrites("config.yaml", before, after).size());
  }

  @Test
  void aBaseIdWhoseEntryReadsItsRegionAtRunTimeIsReported() {
    RewriteTester withProjectRegion =
        new RewriteTester(
            new ModelIdRule(),
            MigrationSettings.defaults(),
            "sonnet-4.6",
            Optional.of("us-east-1"));
    String yaml =
        proxyConfig(
            entry("a", "anthropic.claude-3-5-sonnet-20240620-v1:0", "os.environ/AWS_REGION_NAME"));
    List<Finding> f = withProjectRegion.reportsOnly("config.yaml", yaml, 1);
    assertTrue(f.get(0).severity() != Severity.INFO, f::toString);
  }

  @Test
  void aBaseIdWithoutAnyRegionIsReported() {
    String yaml = proxyConfig(entry("a", "anthropic.claude-3-5-sonnet-20240620-v1:0", null));
    assertTrue(t.reportsOnly("config.yaml", yaml, 1).get(0).severity() != Severity.INFO);
  }

  @Test
  void aRouterModelListInPythonIsRewritten() {
    String before =
        """
        from litellm import Router
        router = Router(model_list=[
            {"model_name": "claude", "litellm_params": {
                "model": "bedrock/anthropic.claude-3-7-sonnet-20250219-v1:0",
                "aws_region_name": "us-east-1"}},
            {"model_name": "gpt", "litellm_params": {"model": "openai/gpt-4o"}},
            {"model_name": "gemini", "litellm_params": {"model": "gemini/gemini-1.5-pro"}},
            {"model_name": "mistral", "litellm_params": {"model": "mistral/mistral-large"}},
            {"model_name": "llama", "litellm_params": {"model": "groq/llama-3-70b"}},
            {"model_name": "cohere", "litellm_params": {"model": "cohere/command-r-plus"}},
        ])
        """;
    String after =
        before.replace(
            "anthropic.claude-3-7-sonnet-20250219-v1:0", "us.anthropic.claude-sonnet-4-6");
    assertEquals(1, t.rewrites("router.py", before, after).size());
  }

  @Test
  void aNamedMapOfModelSettingsIsRewritten() {
    String before =
        """
        bedrock:
          models:
            claude-3-7-sonnet:
              model-id: us.anthropic.claude-3-7-sonnet-20250219-v1:0
              cost-per-1k-input-tokens: 0.003
            claude-opus:
              model-id: us.anthropic.claude-opus-4-5-20251101-v1:0
            haiku:
              model-id: us.anthropic.claude-haiku-4-5-20251001-v1:0
            titan:
              model-id: amazon.titan-text-express-v1
            llama:
              model-id: meta.llama3-70b-instruct-v1:0
            gemini:
              model-id: gemini-2.5-flash
        """;
    String after =
        before.replace(
            "us.anthropic.claude-3-7-sonnet-20250219-v1:0", "us.anthropic.claude-sonnet-4-6");
    assertEquals(1, t.rewrites("src/main/resources/application.yml", before, after).size());
  }

  @Test
  void aLeaderboardOfRecordsNamingTheModelStaysACatalog() {
    StringBuilder sb = new StringBuilder();
    for (String m : SIX) {
      sb.append("- dirname: run-").append(m).append("\n  model: ").append(m);
      sb.append("\n  pass_rate_1: 51.2\n\n");
    }
    allInfoWithoutEdits(t.findings("_data/leaderboard.yml", sb.toString()));
  }

  @Test
  void aNamedMapNotUnderAModelsKeyStaysACatalog() {
    StringBuilder sb = new StringBuilder("pricing:\n");
    for (String m : SIX) {
      sb.append("  ").append(m.replace('.', '-')).append(":\n    model: ").append(m);
      sb.append("\n    input_per_mtok: 3\n");
    }
    allInfoWithoutEdits(t.findings("prices.yml", sb.toString()));
  }

  @Test
  void aPickerOfRecordsWithModelIdsStaysACatalog() {
    StringBuilder sb = new StringBuilder("[\n");
    List<String> ids =
        List.of(
            "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
            "us.anthropic.claude-3-7-sonnet-20250219-v1:0",
            "us.anthropic.claude-sonnet-4-20250514-v1:0",
            "us.anthropic.claude-opus-4-20250514-v1:0",
            "us.amazon.nova-pro-v1:0",
            "us.meta.llama3-3-70b-instruct-v1:0");
    for (int i = 0; i < ids.size(); i++) {
      sb.append("  {\"modelId\": \"")
          .append(ids.get(i))
          .append("\", \"displayName\": \"m")
          .append(i)
          .append("\"}")
          .append(i + 1 < ids.size() ? ",\n" : "\n");
    }
    allInfoWithoutEdits(t.findings("bedrock-models.json", sb.append("]\n").toString()));
  }

  @Test
  void aPricingBaseModelBesideALiteLlmEntryStaysACatalogEntry() {
    String yaml =
        proxyConfig(
            "  - model_name: copilot-sonnet\n    litellm_params:\n"
                + "      model: github_copilot/some-model\n    model_info:\n"
                + "      base_model: \"anthropic.claude-3-7-sonnet-20250219-v1:0\"\n\n",
            entry("x", "us.anthropic.claude-3-5-sonnet-20241022-v2:0", null));
    List<Finding> f = t.findings("config.yaml", yaml);
    assertEquals(2, f.size(), f::toString);
    assertEquals(Severity.INFO, f.get(0).severity(), f::toString);
    assertTrue(f.get(0).message().contains("catalog"), f.get(0).message());
    assertTrue(f.get(1).fixable(), f::toString);
  }
}
