package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.source.Context;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Field classes of the holdout3 set (issue 9): records of past runs read as configuration,
 * telemetry attributes that observe a model, IDs of provisioned-throughput variants, and gateway
 * model lists that map an upstream ID to a client-facing alias. Each beside the case it must keep.
 */
class ModelIdHoldout3ClassesTest {
  private static final String S45 = "eu.anthropic.claude-sonnet-4-5-20250929-v1:0";

  private final RewriteTester t =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");

  private static String summary() {
    return """
        {
            "run_name": "nightly",
            "run_config": {
                "actor_model_string": "bedrock/converse/%s",
                "test_set_size": 99
            },
            "accuracy": 0.8889
        }
        """
        .formatted(S45);
  }

  /** Before: the model of a past run in an evaluation report was a config value, and rewritten. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "analysis/testOutputs/child/eval_reports/2026-03-04T17:22:27.476356__Model=x/summary.json",
        "outputs/summary.json",
        "evals/results/summary.json",
        "runs/nightly/summary.json",
        "bench/2025-12-10T10:28:57.126228/summary.json",
        "bench/evaluation_report_summary.json",
        "bench/claude_results.json",
        "chats/support.conversation.json",
      })
  void aRecordOfARunIsDataReportedNeverRewritten(String path) {
    List<Finding> f = t.reportsOnly(path, summary(), 1);
    assertEquals(Context.DATA, f.get(0).context(), f::toString);
    assertEquals(Severity.INFO, f.get(0).severity());
  }

  /** The same JSON as a configuration file keeps its rewrite, wherever the file is named so. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "config.json",
        "settings.json",
        "models.json",
        "cdk.json",
        "eval/promptfooconfig.json",
        "outputs/run_config.json",
        "report_settings.json"
      })
  void aConfigurationFileKeepsItsRewrite(String path) {
    List<Finding> f = t.findings(path, summary());
    assertEquals(1, f.size(), f::toString);
    assertTrue(f.get(0).fixable(), f::toString);
    assertEquals(Context.CONFIG_VALUE, f.get(0).context());
  }

  /** A saved Messages API response is data by its shape, whatever its name. */
  @Test
  void aSavedResponseIsDataByItsShape() {
    String response =
        """
        {"id": "msg_1", "type": "message", "role": "assistant",
         "model": "claude-sonnet-4-20250514", "content": [{"type": "text", "text": "ok"}],
         "stop_reason": "end_turn", "usage": {"input_tokens": 5, "output_tokens": 2}}
        """;
    List<Finding> f = t.reportsOnly("analysis/answer_1.json", response, 1);
    assertEquals(Context.DATA, f.get(0).context());
    // A request body (no stop reason, no usage) is what the program sends: a use.
    String request =
        """
        {"model": "claude-sonnet-4-20250514", "messages": [{"role": "assistant", "content": "ok"}]}
        """;
    assertTrue(t.findings("analysis/payload_1.json", request).get(0).fixable());
  }

  /** Before: a model ID as the value of an OpenTelemetry GenAI attribute was rewritten. */
  @Test
  void aTelemetryAttributeIsAnObservationNotASetting() {
    String ts =
        """
        const span = {
          attributes: {
            "gen_ai.system": "aws.bedrock",
            "gen_ai.request.model": "anthropic.claude-3-5-sonnet-20241022-v2:0",
            "gen_ai.usage.input_tokens": 25,
          },
        };
        """;
    List<Finding> f = t.reportsOnly("trace.ts", ts, 1);
    assertEquals(Severity.INFO, f.get(0).severity());
    assertTrue(f.get(0).message().contains("telemetry attribute"), f.get(0).message());
    String py =
        """
        span.set_attribute("gen_ai.response.model", "claude-3-5-sonnet-20241022")
        attrs[SpanAttributes.LLM_REQUEST_MODEL] = "claude-3-5-sonnet-20241022"
        record = {"llm.model_name": "claude-3-5-sonnet-20241022"}
        """;
    t.reportsOnly("tracing.py", py, 3);
  }

  /** A setting whose name merely mentions a model is still a setting. */
  @Test
  void aModelSettingBesideTelemetryIsStillRewritten() {
    String before =
        """
        AI_MODEL = "claude-3-5-sonnet-20241022"
        config = {"model": "claude-3-5-sonnet-20241022", "gen_ai.system": "anthropic"}
        """;
    List<Finding> f = t.findings("app.py", before);
    assertEquals(2, f.size(), f::toString);
    assertTrue(f.stream().allMatch(Finding::fixable), f::toString);
  }

  /** Before: the ":32k" suffix hid the ID from the pattern, and the line was missed. */
  @Test
  void aProvisionedThroughputVariantIsReportedNeverRewritten() {
    String py = "MODEL_ID = 'anthropic.claude-sonnet-4-20250514-v1:0:32k'\n";
    List<Finding> f = t.reportsOnly("analyzer.py", py, 1);
    Finding x = f.get(0);
    assertTrue(x.severity() == Severity.WARNING || x.severity() == Severity.ERROR, x::toString);
    assertEquals("anthropic.claude-sonnet-4-20250514-v1:0", x.matched());
    assertTrue(x.fix().contains("provisioned variants"), x.fix());
    assertTrue(x.fix().contains("32k"), x.fix());
  }

  /** The suffix is recognised only as a whole token: a longer version still stops the match. */
  @Test
  void onlyAContextWindowSuffixIsAllowedAfterTheVersion() {
    List<IdMatch> ms =
        RewriteTester.CATALOG.findIds(
            "a anthropic.claude-sonnet-4-20250514-v1:0:200k b anthropic.claude-sonnet-4-20250514-v1:0:2"
                + " c anthropic.claude-sonnet-4-20250514-v1:0:32kb d anthropic.claude-sonnet-4-20250514-v1:0");
    assertEquals(2, ms.size(), ms::toString);
    assertEquals(":200k", ms.get(0).window());
    assertNull(ms.get(1).window());
  }

  /** Before: an upstream ID mapped to an alias in a gateway's model list gave no finding. */
  @Test
  void aGatewayListItemIsALiveUseAndItsKeyIsRewritten() {
    String before =
        """
        providers:
          - provider: aws
            model:
              - us.anthropic.claude-sonnet-4-5-20250929-v1:0: claude-sonnet-4-5
              - claude-3-5-sonnet-20241022: sonnet-fast # served as
        """;
    String after =
        """
        providers:
          - provider: aws
            model:
              - us.anthropic.claude-sonnet-4-6: claude-sonnet-4-5
              - claude-sonnet-4-6: sonnet-fast # served as
        """;
    List<Finding> f = t.rewrites("api.yaml", before, after);
    assertEquals(2, f.size(), f::toString);
    assertTrue(f.stream().allMatch(x -> x.severity() != Severity.INFO), f::toString);
  }

  /** A base ID in such a list is found too; its rewrite waits for a region or prefix. */
  @Test
  void aGatewayListItemWithABaseIdIsAWarning() {
    String yaml = "model:\n  - anthropic.claude-sonnet-4-5-20250929-v1:0: claude-sonnet-4-5\n";
    List<Finding> f = t.findings("api.yaml", yaml);
    assertEquals(1, f.size(), f::toString);
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  /** The same list in a README's YAML block is found (documentation: reported as such). */
  @Test
  void aGatewayListInAMarkdownYamlBlockIsFound() {
    String md =
        """
        # Setup

        ```yaml
          - provider: vertex
            model:
              - claude-sonnet-4-5@20250929: claude-sonnet-4-5
        ```
        """;
    List<Finding> f = t.findings("README.md", md);
    assertEquals(1, f.size(), f::toString);
    assertEquals("claude-sonnet-4-5@20250929", f.get(0).matched());
    assertFalse(f.get(0).message().contains("table keyed by model"), f.get(0).message());
  }

  /** An old-to-new map written as list items stays a deprecation table. */
  @Test
  void aListOfOldToNewItemsStaysADeprecationMap() {
    String yaml =
        """
        upgrades:
          - claude-3-5-sonnet-20241022: claude-sonnet-4-5-20250929
          - claude-3-7-sonnet-20250219: claude-sonnet-4-5-20250929
        """;
    t.ignores("upgrades.yaml", yaml);
  }
}
