package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A base ID in a file that builds a foundation-model ARN from a model ID (RetrieveAndGenerate's
 * {@code modelArn}, an IAM resource) is reported, not turned into a profile ID: the ARN would then
 * name no foundation model.
 */
class ModelIdBuiltArnTest {
  private final RewriteTester t =
      new RewriteTester(
          new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6", Optional.of("us-west-2"));

  private static final String PY =
      """
      import boto3
      model_id = "anthropic.claude-3-sonnet-20240229-v1:0"
      region = "us-west-2"
      model_arn = f"arn:aws:bedrock:{region}::foundation-model/{model_id}"
      client = boto3.client("bedrock-agent-runtime", region_name=region)
      """;

  @Test
  void aBaseIdBesideABuiltFoundationModelArnIsReported() {
    Finding f = t.reportsOnly("rag.py", PY, 1).get(0);
    assertTrue(f.fix().startsWith("line 4 builds a foundation-model ARN"), f.fix());
    assertTrue(f.fix().contains("inference-profile/<prefix>.anthropic.claude-sonnet-4-6"), f.fix());
    String template =
        """
        Parameters:
          ModelId:
            Type: String
            Default: anthropic.claude-3-sonnet-20240229-v1:0
        Resources:
          Role:
            Properties:
              Policies:
                - PolicyDocument:
                    Statement:
                      - Resource: !Sub "arn:aws:bedrock:*::foundation-model/${ModelId}"
        """;
    assertEquals(1, t.reportsOnly("template.yaml", template, 1).size());
  }

  @Test
  void withoutABuiltArnOrWithAnEmbeddingModelsArnTheIdIsRewritten() {
    String plain =
        PY.replace("model_arn = f\"arn:aws:bedrock:{region}::foundation-model/{model_id}\"\n", "");
    List<Finding> f = t.findings("chat.py", plain);
    assertTrue(f.get(0).fixable(), f.toString());
    String embedding = PY.replace("{model_id}\"", "{embedding_model_id}\"");
    assertTrue(t.findings("kb.py", embedding).get(0).fixable());
  }

  private static final String SAM_TEMPLATE =
      """
      Parameters:
        ModelId:
          Type: String
      Resources:
        Fn:
          Properties:
            Policies:
              - Statement:
                  - Resource: !Sub "arn:aws:bedrock:*::foundation-model/${ModelId}"
      """;

  private static final String SAMCONFIG =
      """
      [default.deploy.parameters]
      region = "us-west-2"
      parameter_overrides = [
        "ModelId=anthropic.claude-3-sonnet-20240229-v1:0",
      ]
      """;

  /**
   * Before: a {@code samconfig.toml} override that fills the template's foundation-model ARN was
   * rewritten to a profile ID (the template's own default was reported). It fills the same ARN, so
   * it is reported the same way, naming the template's line.
   */
  @Test
  void aSamConfigOverrideThatFillsTheTemplatesBuiltArnIsReported(@TempDir Path root)
      throws IOException {
    ProjectFiles.write(root, "template.yaml", SAM_TEMPLATE);
    Finding f = ProjectFiles.check(root, "samconfig.toml", SAMCONFIG, t.context()).get(0);
    assertFalse(f.fixable(), f.toString());
    assertTrue(
        f.fix().startsWith("line 9 of template.yaml builds a foundation-model ARN"), f.fix());
    ProjectFiles.write(root, "infra/stack.yaml", SAM_TEMPLATE);
    String elsewhere = "template_file = \"infra/stack.yaml\"\n" + SAMCONFIG;
    Finding g = ProjectFiles.check(root, "samconfig.toml", elsewhere, t.context()).get(0);
    assertTrue(g.fix().startsWith("line 9 of infra/stack.yaml builds"), g.fix());
  }

  /**
   * Rewritten as before: an override when no template beside it builds an ARN, or when the ARN is
   * built from another parameter than the one it sets.
   */
  @Test
  void aSamConfigOverrideOfAnotherParameterOrWithoutTemplateIsRewritten(@TempDir Path root)
      throws IOException {
    assertTrue(ProjectFiles.check(root, "samconfig.toml", SAMCONFIG, t.context()).get(0).fixable());
    ProjectFiles.write(root, "template.yaml", SAM_TEMPLATE.replace("${ModelId}", "${KbModel}"));
    assertTrue(ProjectFiles.check(root, "samconfig.toml", SAMCONFIG, t.context()).get(0).fixable());
  }
}
