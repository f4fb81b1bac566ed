package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field classes of issue 9 (bench/field) that the rule got wrong before, each beside the case it
 * must keep: name-to-ID tables and model sets in braces, usage filters over a period, Microsoft
 * Foundry deployment names, ARNs assembled from parts, and Vertex AI names with a version that does
 * not exist.
 */
class ModelIdFieldClassesTest {
  private final RewriteTester t = new RewriteTester(new ModelIdRule());
  private final RewriteTester on46 =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");

  /** Before: a table of five models in braces (below the catalog threshold) was rewritten. */
  @Test
  void aNameToIdTableInBracesIsReportedNotRewritten() {
    String text =
        """
        anthropic_models = {
            "anthropic-haiku": "claude-3-haiku-20240307",
            "anthropic-sonnet": "claude-3-sonnet-20240229",
            "anthropic-opus": "claude-3-opus-20240229",
            "anthropic-sonnet3.5": "claude-3-5-sonnet-20240620",
            "anthropic-sonnet3.7": "claude-3-7-sonnet-20250219",
        }
        """;
    List<Finding> f = on46.findings("model_list.py", text);
    assertTrue(f.size() >= 3, f::toString);
    assertTrue(f.stream().noneMatch(Finding::fixable), f::toString);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f::toString);
  }

  /**
   * A set of feature flags per model; {@code claude-opus-4-5} is a name the catalog does not know
   * as an ID (no alias), and still counts as a fourth model of the set.
   */
  @Test
  void aSetOfModelsWithAFeatureIsReportedNotRewritten() {
    String text =
        """
        NO_TOP_P = {
            "claude-sonnet-4-5",
            "claude-sonnet-4-6",
            "claude-haiku-4-5",
            "claude-opus-4-5",
        }
        """;
    List<Finding> f = on46.reportsOnly("features.py", text, 1);
    assertTrue(f.get(0).message().contains("list of several models"), f.get(0).message());
  }

  /** A settings object that chooses a model per role keeps its rewrites. */
  @Test
  void aSettingsObjectWithAModelPerRoleIsStillRewritten() {
    String before =
        """
        const roles = {
          planner: "claude-3-5-sonnet-20241022",
          summarizer: "claude-3-5-haiku-20241022",
          reviewer: "claude-3-opus-20240229",
        };
        """;
    List<Finding> f = t.findings("roles.ts", before);
    assertTrue(f.get(0).fixable(), f::toString);
  }

  /** Model IDs in a function body are uses, however many the body names. */
  @Test
  void aFunctionBodyIsNotATable() {
    String before =
        """
        function pick(kind: string) {
          const a = "claude-3-5-sonnet-20241022";
          const b = "claude-3-5-haiku-20241022";
          const c = "claude-3-opus-20240229";
          const d = "claude-3-haiku-20240307";
          return kind === "fast" ? b : a;
        }
        """;
    List<Finding> f = t.findings("pick.ts", before);
    assertTrue(f.get(0).fixable(), f::toString);
  }

  /** Before: a usage report's model filter was rewritten, which selects no history. */
  @Test
  void aModelFilterOfAQueryOverAPeriodIsReportedNotRewritten() {
    String text =
        """
        params = {
            'starting_at': week_ago,
            'ending_at': today,
            'models[]': ['claude-3-5-sonnet-20241022'],  # only this model
            'bucket_width': '1d',
        }
        """;
    List<Finding> f = t.reportsOnly("usage.py", text, 1);
    assertTrue(f.get(0).message().contains("historical usage"), f.get(0).message());
    t.rewrites(
        "ask.py",
        "reply = client.messages.create(model='claude-3-5-sonnet-20241022', max_tokens=1000)\n",
        "reply = client.messages.create(model='"
            + t.context().targetModel().anthropicId()
            + "', max_tokens=1000)\n");
  }

  /** Before: the Foundry deployment name was rewritten to a model ID. */
  @Test
  void aFoundryDeploymentNameIsReportedNotRewritten() {
    String foundry =
        """
        import com.anthropic.foundry.backends.FoundryBackend;
        class Ask {
          MessageCreateParams p = MessageCreateParams.builder().model("claude-sonnet-4-5").build();
        }
        """;
    List<Finding> f = on46.reportsOnly("Ask.java", foundry, 1);
    assertTrue(f.get(0).fix().contains("deployment"), f.get(0).fix());
    String bedrock = foundry.replace("com.anthropic.foundry.backends.FoundryBackend", "x.Y");
    assertTrue(on46.findings("Ask.java", bedrock).get(0).fixable());
  }

  /** Before: the tail of an assembled ARN was not found at all. */
  @Test
  void theTailOfAnArnAssembledFromPartsIsReportedNotRewritten() {
    String join =
        """
        const arn = Fn.join('', [
          'arn:', Aws.PARTITION, ':bedrock:', Aws.REGION,
          '::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0',
        ]);
        """;
    Finding f = on46.reportsOnly("stack.ts", join, 1).get(0);
    assertEquals(3, f.span().line());
    assertTrue(f.fix().contains("assembled from parts"), f.fix());
    String sub =
        """
        Resources:
          Fn:
            Properties:
              ModelArn: !Sub "arn:aws:bedrock:${AWS::Region}::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0"
              Profile: !Sub "arn:aws:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/us.anthropic.claude-3-7-sonnet-20250219-v1:0"
        """;
    assertEquals(2, on46.reportsOnly("template.yaml", sub, 2).size());
  }

  /** A whole ARN keeps its rewrite or its on-demand advice as before. */
  @Test
  void aWholeArnIsNotAPart() {
    List<Finding> f =
        t.findings(
            "call.py",
            "ARN = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0'\n");
    assertEquals(1, f.size());
    assertTrue(f.get(0).matched().startsWith("arn:aws:bedrock:us-east-1"), f.get(0).matched());
  }

  /** Before: a Vertex name with a Bedrock-style version was not found. */
  @Test
  void aVertexNameWithAVersionThatDoesNotExistIsFixed() {
    String before =
        "params := anthropic.MessageNewParams{Model: \"claude-sonnet-4-v1@20250514\"}\n";
    Finding f = on46.rewrites("main.go", before, before.replace("-v1@", "@")).get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message().contains("Vertex AI name is claude-sonnet-4@20250514"), f.message());
    on46.findings("main.go", "m = \"claude-3-5-sonnet-v2@20241022\"\n")
        .forEach(x -> assertTrue(!x.message().contains("does not exist"), x.message()));
  }

  /**
   * Before: a Bedrock ID without its {@code anthropic.} prefix (a label, or code that adds the
   * prefix itself) was not found at all. Now it is reported with the target's bare ID, never
   * rewritten: whether it ends up a base ID or part of a profile ID does not show.
   */
  @Test
  void aBedrockIdWithoutItsProviderPrefixIsReportedNotRewritten() {
    String text =
        """
        LABEL = "Claude Sonnet 4 (claude-sonnet-4-20250514-v1:0)"
        model_id = "anthropic." + "claude-3-5-sonnet-20241022-v2:0"
        """;
    List<Finding> f = on46.reportsOnly("labels.py", text, 2);
    assertEquals("claude-sonnet-4-20250514-v1:0", f.get(0).matched());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertTrue(f.get(1).fix().contains("claude-sonnet-4-6 for Claude Sonnet 4.6"), f.get(1).fix());
  }

  /** The prefixed ID is still the base ID, matched whole; the Anthropic ID is not "unprefixed". */
  @Test
  void thePrefixedIdAndTheAnthropicIdKeepTheirForms() {
    List<Finding> f =
        on46.findings(
            "m.py",
            "a = 'anthropic.claude-sonnet-4-20250514-v1:0'\nb = 'claude-sonnet-4-20250514'\n");
    assertEquals(2, f.size(), f::toString);
    assertEquals("anthropic.claude-sonnet-4-20250514-v1:0", f.get(0).matched());
    assertTrue(f.get(0).message().contains("bedrock-base"), f.get(0).message());
    assertTrue(
        f.get(1).message().contains("(anthropic claude-sonnet-4-20250514)"), f.get(1).message());
  }

  /**
   * Before: an evaluation runner named {@code test_runner.py} outside a test folder was taken for a
   * test, and its live model was only reported. A pytest module of the same name is still a test.
   */
  @Test
  void aRunnerNamedLikeATestIsRewrittenAPytestModuleIsNot() {
    String runner = "ACTOR = 'bedrock/converse/eu.anthropic.claude-sonnet-4-5-20250929-v1:0'\n";
    on46.rewrites(
        "src/adk/test_runner.py",
        runner,
        "ACTOR = 'bedrock/converse/eu.anthropic.claude-sonnet-4-6'\n");
    String pytest =
        "import pytest\n\ndef test_actor():\n    run("
            + runner.substring(8, runner.length() - 1)
            + ")\n";
    on46.reportsOnly("src/adk/test_runner.py", pytest, 1);
  }

  /**
   * Before: commented-out alternatives written without a space after the comment opener ({@code
   * //us.anthropic...}) were not found, because "/" may not come before an ID (it continues a
   * path). They are comments: reported as info, never rewritten. A path or URL that holds the ID is
   * not a comment opener.
   */
  @Test
  void anIdRightAfterTheCommentOpenerIsAComment() {
    String java =
        """
        class Pick {
          //us.anthropic.claude-3-5-sonnet-20241022-v2:0
          ///eu.anthropic.claude-3-5-sonnet-20240620-v1:0
          String url = "https://host/path//claude-3-5-sonnet-20241022";
        }
        """;
    List<Finding> f = on46.findings("src/Pick.java", java);
    assertEquals(List.of(2, 3), f.stream().map(x -> x.span().line()).toList(), f::toString);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f::toString);
    on46.reportsOnly("src/Pick.java", java, 2);
  }
}
