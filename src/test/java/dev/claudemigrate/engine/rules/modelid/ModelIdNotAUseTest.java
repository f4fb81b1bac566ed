package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.source.Context;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field classes of false findings: data sets, tables that name old models on purpose, test inputs,
 * and a foundation-model ARN whose rewrite would contradict its own finding. Each is reported at
 * most and never rewritten, while the same ID as a plain setting still is.
 */
class ModelIdNotAUseTest {
  private final RewriteTester t = new RewriteTester(new ModelIdRule());
  private final Model to = t.context().targetModel();

  /** Holdout17: a beta added only when the model contains a 3.7 Sonnet ID was rewritten. */
  @Test
  void aQuotedIdTestedForContainmentIsADecisionByModel() {
    String py =
        """
        if params.model is not None and "claude-3-7-sonnet-20250219" in params.model:
            betas.append("token-efficient-tools-2025-02-19")
        if "claude-3-5-sonnet-20241022" not in (params.model or ""):
            pass
        """;
    List<Finding> f = t.reportsOnly("agent/orchestrator.py", py, 2);
    assertTrue(f.stream().allMatch(x -> x.message().contains("decides by model")), f.toString());
    assertTrue(
        t.findings(
                "docs/MIGRATION.md", "We call `claude-3-7-sonnet-20250219` in our US accounts.\n")
            .get(0)
            .fix()
            .startsWith("replace with"));
    String plain = "MODEL = \"claude-3-7-sonnet-20250219\"  # in use since March\n";
    t.rewrites(
        "agent/settings.py", plain, plain.replace("claude-3-7-sonnet-20250219", to.anthropicId()));
  }

  @Test
  void jsonLinesRecordsAreDataReportedAsInfo() {
    String jsonl =
        """
        {"q": "Which model?", "a": "anthropic.claude-3-5-sonnet-20240620-v1:0"}
        {"q": "Hi", "model": "claude-3-5-sonnet-20241022"}
        """;
    List<Finding> f = t.reportsOnly("rag/corpus.jsonl", jsonl, 2);
    assertTrue(f.stream().allMatch(x -> x.context() == Context.DATA), f.toString());
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f.toString());
  }

  @Test
  void proseInsideJsonIsDataButAConfigValueBesideItIsRewritten() {
    String before =
        """
        {"model": "claude-3-5-sonnet-20241022",
         "notes": "We moved from claude-3-5-sonnet-20241022 to a newer model last spring."}
        """;
    String after = before.replaceFirst("claude-3-5-sonnet-20241022", to.anthropicId());
    List<Finding> f = t.rewrites("config/app.json", before, after);
    assertEquals(2, f.size());
    assertEquals(Context.DATA, f.get(1).context());
    assertTrue(f.get(1).fix().contains("never rewritten"), f.get(1).fix());
  }

  @Test
  void aCommandLineInAJsonStringIsNotProse() {
    String before =
        """
        {"scripts": {"ask": "aws bedrock-runtime invoke-model --model-id anthropic.claude-3-5-sonnet-20240620-v1:0 --region us-east-1 --body file://b.json out.json"}}
        """;
    assertEquals(Context.CONFIG_VALUE, t.findings("package.json", before).get(0).context());
  }

  @Test
  void aLargeArrayOfRecordsIsData() {
    StringBuilder sb = new StringBuilder("[\n");
    for (int i = 0; i < 25; i++) {
      sb.append("  {\"id\": ").append(i).append(", \"model\": \"claude-3-5-sonnet-20241022\"},\n");
    }
    sb.append("  {\"id\": 99, \"model\": \"claude-3-5-sonnet-20241022\"}\n]\n");
    List<Finding> f = t.reportsOnly("eval/results.json", sb.toString(), 26);
    assertTrue(f.stream().allMatch(x -> x.context() == Context.DATA));
  }

  @Test
  void deprecationMapsAreLeftAlone() {
    t.ignores(
        "models.py",
        """
        DEPRECATED = {
            "claude-3-5-sonnet-20241022": "claude-3-7-sonnet-latest",
            "claude-3-5-sonnet-20240620": "claude-3-5-sonnet-20241022",
        }
        """);
    t.ignores(
        "aliases.yaml", "replacements:\n  claude-3-5-sonnet-20240620: claude-sonnet-4-20250514\n");
  }

  @Test
  void priceTablesListsAndBillingFiltersAreReportedNotRewritten() {
    String text =
        """
        PRICES = {"claude-3-5-sonnet-20241022": {"input": 3.0, "output": 15.0}}
        CHOICES = ["claude-3-5-sonnet-20241022", "claude-3-opus-20240229", "claude-3-haiku-20240307"]
        report = client.usage.list(model="claude-3-5-sonnet-20241022")
        """;
    // Claude 3 Haiku in the list is not replaced by the target, so it has no finding of its own.
    List<Finding> f = t.reportsOnly("billing.py", text, 4);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f.toString());
    assertTrue(f.get(0).message().contains("table keyed by model"), f.get(0).message());
    assertTrue(f.get(1).message().contains("list of several models"), f.get(1).message());
    assertTrue(f.get(3).message().contains("billing"), f.get(3).message());
  }

  @Test
  void codeThatDecidesByModelIsReportedNotRewritten() {
    String text =
        """
        if model == "claude-3-5-sonnet-20241022":
            max_out = 8192
        if "anthropic.claude-3-5-sonnet-20240620-v1:0".equals(id)) {}
        switch (model) { case "claude-3-5-sonnet-20241022": return 8192; }
        """;
    List<Finding> f = t.reportsOnly("limits.py", text, 3);
    assertTrue(f.stream().allMatch(x -> x.message().contains("decides by model")), f.toString());
  }

  @Test
  void aSettingNextToATableIsStillRewritten() {
    t.rewrites(
        "app.py",
        "MODEL = \"claude-3-5-sonnet-20241022\"\n",
        "MODEL = \"" + to.anthropicId() + "\"\n");
  }

  @Test
  void testInputsAndFixturesAreReportedAsTestCode() {
    String text =
        """
        @pytest.mark.parametrize("model, expected", [
            ("us.anthropic.claude-3-5-sonnet-20240620-v1:0", True),
            ("meta.llama3-70b-instruct-v1:0", False),
        ])
        def test_supports_tools(model, expected):
            assert supports_tools(model) is expected
        """;
    Finding f = t.reportsOnly("tests/test_features.py", text, 1).get(0);
    assertEquals(Severity.INFO, f.severity());
    assertTrue(f.test());
    assertTrue(f.fix().contains("test code"), f.fix());
    t.reportsOnly(
        "src/test/resources/fixtures/request.json",
        "{\"modelId\": \"anthropic.claude-3-5-sonnet-20240620-v1:0\"}\n",
        1);
  }

  @Test
  void aFoundationModelArnOfACallIsReportedWithTheProfileArnNotRewritten() {
    String text =
        "FM = \"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0\"\n";
    if (to.requiresProfile()) {
      Finding f = t.reportsOnly("agent.py", text, 1).get(0);
      assertTrue(
          f.fix().contains(":<account-id>:inference-profile/" + to.profileId("us")), f.fix());
      assertTrue(f.fix().contains("foundation-model/" + to.bedrockId()), f.fix());
    } else {
      t.rewrites(
          "agent.py",
          text,
          text.replace("anthropic.claude-3-5-sonnet-20240620-v1:0", to.bedrockId()));
    }
  }
}
