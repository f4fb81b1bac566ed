package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** model-id traps: IAM policies, documentation, lifecycle tables, tests, other models. */
class ModelIdPrecisionTest {
  private final RewriteTester t = new RewriteTester(new ModelIdRule());

  @Test
  void jsonIamPolicyIsNotAUse() {
    t.ignores(
        "policy.json",
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "bedrock:InvokeModel",
          "Resource": [
            "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0",
            "arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0"
          ]}]}
        """);
  }

  private static final String MARKDOWN =
      """
      # Setup

      Set `MODEL_ID` to `us.anthropic.claude-3-5-sonnet-20241022-v2:0`.

      ## Model lifecycle

      | model | ID |
      |---|---|
      | Claude 3.5 Sonnet v2 | `anthropic.claude-3-5-sonnet-20241022-v2:0` |
      """;

  @Test
  void markdownProseIsInfoWithoutEditsAndLifecycleTableIsIgnored() {
    Finding f = t.reportsOnly("docs/setup.md", MARKDOWN, 1).get(0);
    assertEquals(Severity.INFO, f.severity());
    assertEquals(3, f.span().line());
    assertTrue(f.fix().contains("--include-docs"), f.fix());
  }

  @Test
  void markdownProseRewrittenWithIncludeDocs() {
    RewriteTester docs =
        new RewriteTester(
            new ModelIdRule(),
            new MigrationSettings(Optional.empty(), "text_editor_20250728", true),
            "sonnet-4");
    docs.rewrites(
        "docs/setup.md",
        MARKDOWN,
        MARKDOWN.replace(
            "`us.anthropic.claude-3-5-sonnet-20241022-v2:0`",
            "`us.anthropic.claude-sonnet-4-20250514-v1:0`"));
  }

  @Test
  void markdownTableUnderAnOrdinaryHeadingIsAUse() {
    t.reportsOnly(
        "docs/models.md",
        """
        ## Models we call

        | use | ID |
        |---|---|
        | chat | `us.anthropic.claude-3-5-sonnet-20241022-v2:0` |
        """,
        1);
  }

  @Test
  void otherModelsAndProvidersAreIgnored() {
    t.ignores(
        "app.py",
        """
        HAIKU = "anthropic.claude-3-5-haiku-20241022-v1:0"
        HAIKU_API = "claude-3-5-haiku-latest"
        LLAMA = "meta.llama3-1-70b-instruct-v1:0"
        NOVA = "amazon.nova-pro-v1:0"
        TITAN = "amazon.titan-text-express-v1"
        SONNET4 = "us.anthropic.claude-sonnet-4-20250514-v1:0"
        """);
  }

  @Test
  void bogusIdInAPolicyIsStillFixed() {
    t.rewrites(
        "policy.json",
        """
        {"Statement": [{"Effect": "Allow", "Action": "bedrock:InvokeModel",
          "Resource": "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-4-sonnet-20240514-v1:0"}]}
        """,
        """
        {"Statement": [{"Effect": "Allow", "Action": "bedrock:InvokeModel",
          "Resource": "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0"}]}
        """);
  }

  @Test
  void pythonIamPolicyDictIsNotAUse() {
    t.ignores(
        "infra/policy.py",
        """
        POLICY = {"Statement": [{"Action": "bedrock:InvokeModel",
            "Resource": "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"}]}
        """);
  }

  @Test
  void testAssertionIsReportedWithoutEdit() {
    Finding f =
        t.reportsOnly(
                "tests/test_config.py",
                """
        def test_default():
            assert load().model == "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
        """,
                1)
            .get(0);
    assertTrue(f.message().contains("test asserts the old ID"), f.message());
  }

  @Test
  void otherTestUsesAreReportedAsTestCodeNotRewritten() {
    Finding f =
        t.reportsOnly(
                "tests/test_client.py",
                """
        client = make_client(model="us.anthropic.claude-3-5-sonnet-20241022-v2:0")
        """,
                1)
            .get(0);
    assertEquals(Severity.INFO, f.severity());
    assertTrue(f.fix().contains("test code"), f.fix());
  }
}
