package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.source.Context;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** model-id rewrites in every form and language, and how the file's region decides the prefix. */
class ModelIdRuleTest {
  private final RewriteTester t = new RewriteTester(new ModelIdRule());

  @Test
  void pythonBaseIdBecomesProfileOfTheRegionInTheFile() {
    List<Finding> f =
        t.rewrites(
            "app/client.py",
            """
        import boto3
        client = boto3.client("bedrock-runtime", region_name="eu-west-1")
        # uses anthropic.claude-3-5-sonnet-20240620-v1:0
        MODEL_ID = "anthropic.claude-3-5-sonnet-20240620-v1:0"
        """,
            """
        import boto3
        client = boto3.client("bedrock-runtime", region_name="eu-west-1")
        # uses anthropic.claude-3-5-sonnet-20240620-v1:0
        MODEL_ID = "eu.anthropic.claude-sonnet-4-20250514-v1:0"
        """);
    assertEquals(2, f.size());
    assertEquals(Context.COMMENT, f.get(0).context());
    assertEquals(Severity.INFO, f.get(0).severity(), "a comment is reported, never rewritten");
    assertEquals(Severity.ERROR, f.get(1).severity());
    assertTrue(f.get(1).message().contains("Claude 3.5 Sonnet v1"), f.get(1).message());
    assertTrue(f.get(1).message().contains("bedrock-base"), f.get(1).message());
  }

  @Test
  void baseIdWithoutRegionIsAChoiceWithOptions() {
    Finding f =
        t.reportsOnly(
                "app/client.py", "MODEL_ID = \"anthropic.claude-3-5-sonnet-20241022-v2:0\"\n", 1)
            .get(0);
    assertTrue(f.fix().contains("us.anthropic.claude-sonnet-4-20250514-v1:0"), f.fix());
    assertTrue(f.fix().contains("global.anthropic.claude-sonnet-4-20250514-v1:0"), f.fix());
    assertTrue(f.fix().contains("--profile-prefix"), f.fix());
  }

  @Test
  void theSameBaseIdWithARegionInTheFileBecomesThatGeographysProfile() {
    String base = "MODEL_ID = \"anthropic.claude-3-5-sonnet-20241022-v2:0\"\n";
    t.reportsOnly("app/client.py", base, 1);
    t.rewrites(
        "app/client.py",
        "client = boto3.client(\"bedrock-runtime\", region_name=\"eu-west-1\")\n" + base,
        "client = boto3.client(\"bedrock-runtime\", region_name=\"eu-west-1\")\n"
            + "MODEL_ID = \"eu.anthropic.claude-sonnet-4-20250514-v1:0\"\n");
  }

  @Test
  void aRegionReadFromTheEnvironmentIsChosenAtRunTime() {
    Finding f =
        t.reportsOnly(
                "agent.py",
                """
        region = os.environ.get("AWS_REGION", "us-west-2")
        client = boto3.client("bedrock-runtime", region_name=region)
        MODEL_ID = os.environ.get("BEDROCK_MODEL_ID", "anthropic.claude-3-5-sonnet-20241022-v2:0")
        """,
                1)
            .get(0);
    assertTrue(f.fix().startsWith("choose one of"), f.fix());
    t.reportsOnly(
        "chat.ts",
        """
        const client = new BedrockRuntimeClient({ region: process.env.AWS_REGION ?? "us-east-1" });
        const MODEL = "anthropic.claude-3-5-sonnet-20241022-v2:0";
        """,
        1);
  }

  @Test
  void theProjectRegionDecidesOnlyForFilesThatStateNone() {
    RewriteTester project =
        new RewriteTester(
            new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4", Optional.of("eu-west-1"));
    String base = "MODEL_ID = \"anthropic.claude-3-5-sonnet-20241022-v2:0\"\n";
    project.rewrites("a.py", base, "MODEL_ID = \"eu.anthropic.claude-sonnet-4-20250514-v1:0\"\n");
    String own = "c = boto3.client(\"bedrock-runtime\", region_name=\"us-east-1\")\n";
    project.rewrites(
        "b.py", own + base, own + "MODEL_ID = \"us.anthropic.claude-sonnet-4-20250514-v1:0\"\n");
    project.reportsOnly(
        "c.py", "region = os.environ.get(\"AWS_REGION\", \"us-west-2\")\n" + base, 1);
    RewriteTester explicit =
        new RewriteTester(
            new ModelIdRule(),
            new MigrationSettings(Optional.of("global"), "text_editor_20250728", false),
            "sonnet-4");
    explicit.rewrites(
        "d.py",
        own + base,
        own + "MODEL_ID = \"global.anthropic.claude-sonnet-4-20250514-v1:0\"\n");
  }

  @Test
  void terraformProviderRegion() {
    t.rewrites(
        "infra/bedrock.tf",
        """
        provider "aws" {
          region = "ap-northeast-1"
        }
        locals { model = "anthropic.claude-3-5-sonnet-20240620-v1:0" }
        """,
        """
        provider "aws" {
          region = "ap-northeast-1"
        }
        locals { model = "apac.anthropic.claude-sonnet-4-20250514-v1:0" }
        """);
  }

  @Test
  void regionsOfTwoGeographiesDecideNothing() {
    t.reportsOnly(
        "app/client.py",
        """
        us = boto3.client("bedrock-runtime", region_name="us-east-1")
        eu = boto3.client("bedrock-runtime", region_name="eu-west-1")
        MODEL_ID = "anthropic.claude-3-5-sonnet-20241022-v2:0"
        """,
        1);
  }

  @Test
  void javaSdkRegionConstantDecidesThePrefix() {
    t.rewrites(
        "src/main/java/App.java",
        """
        class App {
          BedrockRuntimeClient c = BedrockRuntimeClient.builder().region(Region.EU_CENTRAL_1).build();
          String model = "anthropic.claude-3-5-sonnet-20240620-v1:0";
        }
        """,
        """
        class App {
          BedrockRuntimeClient c = BedrockRuntimeClient.builder().region(Region.EU_CENTRAL_1).build();
          String model = "eu.anthropic.claude-sonnet-4-20250514-v1:0";
        }
        """);
  }

  @Test
  void typescriptProfileKeepsItsPrefix() {
    t.rewrites(
        "src/model.ts",
        """
        export const MODEL: string = "us.anthropic.claude-3-5-sonnet-20241022-v2:0";
        """,
        """
        export const MODEL: string = "us.anthropic.claude-sonnet-4-20250514-v1:0";
        """);
  }

  @Test
  void javascriptAnthropicNameAndAlias() {
    t.rewrites(
        "src/model.js",
        """
        const a = "claude-3-5-sonnet-20241022";
        const b = 'claude-3-5-sonnet-latest';
        """,
        """
        const a = "claude-sonnet-4-20250514";
        const b = 'claude-sonnet-4-0';
        """);
  }

  @Test
  void goRegionOptionDecidesThePrefix() {
    t.rewrites(
        "main.go",
        """
        package main
        var cfg, _ = config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
        const modelID = "anthropic.claude-3-5-sonnet-20241022-v2:0"
        """,
        """
        package main
        var cfg, _ = config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
        const modelID = "us.anthropic.claude-sonnet-4-20250514-v1:0"
        """);
  }

  @Test
  void foundationModelArnOfACallIsReportedWithTheProfileArnOfItsRegion() {
    // Claude 4 cannot be called on demand by a foundation-model ARN: rewriting it to the Sonnet 4
    // foundation-model ARN would contradict the finding, and the profile ARN needs the account.
    Finding f =
        t.reportsOnly(
                "src/main/kotlin/Config.kt",
                """
        const val MODEL_ARN = "arn:aws:bedrock:eu-central-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0"
        """,
                1)
            .get(0);
    assertTrue(
        f.fix()
            .contains(
                "arn:aws:bedrock:eu-central-1:<account-id>:inference-profile/eu.anthropic.claude-sonnet-4-20250514-v1:0"),
        f.fix());
  }

  @Test
  void kotlinVertexName() {
    t.rewrites(
        "src/main/kotlin/App.kt",
        """
        val model = "claude-3-5-sonnet-v2@20241022"
        """,
        """
        val model = "claude-sonnet-4@20250514"
        """);
  }

  @Test
  void aVertexNameWithNoKnownTargetNameIsReportedWithTheReasonAlone() {
    RewriteTester on46 =
        new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");
    Finding f =
        on46.reportsOnly("App.kt", "val model = \"claude-3-5-sonnet-v2@20241022\"\n", 1).get(0);
    assertEquals(
        "the catalog has no confirmed Vertex AI name for Claude Sonnet 4.6; change it by hand",
        f.fix());
  }

  @Test
  void jsonProfile() {
    t.rewrites(
        "config/models.json",
        """
        {"modelId": "apac.anthropic.claude-3-5-sonnet-20241022-v2:0"}
        """,
        """
        {"modelId": "apac.anthropic.claude-sonnet-4-20250514-v1:0"}
        """);
  }

  @Test
  void yamlRegionKeyDecidesThePrefix() {
    t.rewrites(
        "config/app.yaml",
        """
        bedrock:
          region: ap-southeast-2
          model: anthropic.claude-3-5-sonnet-20241022-v2:0  # the default model
        """,
        """
        bedrock:
          region: ap-southeast-2
          model: apac.anthropic.claude-sonnet-4-20250514-v1:0  # the default model
        """);
  }

  @Test
  void dotenvAwsRegion() {
    t.rewrites(
        ".env",
        """
        AWS_REGION=us-east-1
        BEDROCK_MODEL_ID=anthropic.claude-3-5-sonnet-20241022-v2:0
        """,
        """
        AWS_REGION=us-east-1
        BEDROCK_MODEL_ID=us.anthropic.claude-sonnet-4-20250514-v1:0
        """);
  }

  @Test
  void propertiesProfile() {
    t.rewrites(
        "src/main/resources/application.properties",
        """
        bedrock.model-id=us.anthropic.claude-3-5-sonnet-20240620-v1:0
        """,
        """
        bedrock.model-id=us.anthropic.claude-sonnet-4-20250514-v1:0
        """);
  }

  @Test
  void terraformVariableRewrittenButIamPolicyKept() {
    String policy =
        """
        data "aws_iam_policy_document" "invoke" {
          statement {
            actions   = ["bedrock:InvokeModel"]
            resources = ["arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"]
          }
        }
        resource "aws_iam_role_policy" "p" {
          policy = jsonencode({
            Statement = [{
              Action   = "bedrock:InvokeModel"
              Resource = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"
            }]
          })
        }
        """;
    t.rewrites(
        "infra/main.tf",
        policy
            + """
        variable "model_arn" {
          default = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0"
        }
        """,
        policy
            + """
        variable "model_arn" {
          default = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-20250514-v1:0"
        }
        """);
  }

  @Test
  void cloudFormationYamlEnvironmentRewrittenButIamRoleKept() {
    String role =
        """
        Resources:
          InvokeRole:
            Type: AWS::IAM::Role
            Properties:
              Policies:
                - PolicyName: invoke
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: bedrock:InvokeModel
                        Resource:
                          - arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0
        """;
    t.rewrites(
        "template.yaml",
        role
            + """
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  MODEL_ID: us.anthropic.claude-3-5-sonnet-20241022-v2:0
        """,
        role
            + """
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  MODEL_ID: us.anthropic.claude-sonnet-4-20250514-v1:0
        """);
  }

  @Test
  void cloudFormationJsonIamPolicyKeptButParameterRewritten() {
    t.rewrites(
        "stack.json",
        """
        {"Parameters": {"Model": {"Type": "String", "Default": "us.anthropic.claude-3-5-sonnet-20241022-v2:0"}},
         "Resources": {"Policy": {"Properties": {"PolicyDocument": {"Statement": [{"Effect": "Allow",
           "Resource": ["arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"]}]}},
           "Type": "AWS::IAM::ManagedPolicy"}}}
        """,
        """
        {"Parameters": {"Model": {"Type": "String", "Default": "us.anthropic.claude-sonnet-4-20250514-v1:0"}},
         "Resources": {"Policy": {"Properties": {"PolicyDocument": {"Statement": [{"Effect": "Allow",
           "Resource": ["arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"]}]}},
           "Type": "AWS::IAM::ManagedPolicy"}}}
        """);
  }

  @Test
  void notebookCodeCellRewrittenOutputKept() {
    t.rewrites(
        "nb/demo.ipynb",
        """
        {"cells": [{"cell_type": "code", "metadata": {},
          "source": ["import boto3\\n", "c = boto3.client(\\"bedrock-runtime\\", region_name=\\"us-east-1\\")\\n",
                     "model = \\"anthropic.claude-3-5-sonnet-20241022-v2:0\\"\\n"],
          "outputs": [{"output_type": "stream", "name": "stdout", "text": ["anthropic.claude-3-5-sonnet-20241022-v2:0\\n"]}]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """,
        """
        {"cells": [{"cell_type": "code", "metadata": {},
          "source": ["import boto3\\n", "c = boto3.client(\\"bedrock-runtime\\", region_name=\\"us-east-1\\")\\n",
                     "model = \\"us.anthropic.claude-sonnet-4-20250514-v1:0\\"\\n"],
          "outputs": [{"output_type": "stream", "name": "stdout", "text": ["anthropic.claude-3-5-sonnet-20241022-v2:0\\n"]}]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """);
  }

  @Test
  void bogusIdIsFixedKeepingItsPrefix() {
    List<Finding> f =
        t.rewrites(
            "app.py",
            """
        A = "anthropic.claude-4-sonnet-20240514-v1:0"
        B = "us.anthropic.claude-4-sonnet-20240514-v1:0"
        """,
            """
        A = "anthropic.claude-sonnet-4-20250514-v1:0"
        B = "us.anthropic.claude-sonnet-4-20250514-v1:0"
        """);
    assertTrue(f.get(0).message().contains("does not exist"), f.get(0).message());
    assertEquals(Severity.ERROR, f.get(0).severity());
  }

  @Test
  void retiredSonnetsAreErrorsAndOpusGetsItsOwnSuccessor() {
    List<Finding> f =
        t.rewrites(
            "app.py",
            """
        A = "us.anthropic.claude-3-7-sonnet-20250219-v1:0"
        B = "claude-3-opus-20240229"
        """,
            """
        A = "us.anthropic.claude-sonnet-4-20250514-v1:0"
        B = "claude-3-opus-20240229"
        """);
    assertEquals(Severity.ERROR, f.get(0).severity(), "3.7 Sonnet is past end of life");
    // Claude 3 Opus is reported with advice toward its own live successor, never rewritten to a
    // Sonnet: it is of another family than the target.
    Finding opus = f.get(1);
    assertEquals(Severity.WARNING, opus.severity());
    assertTrue(opus.edits().isEmpty(), opus.toString());
    assertTrue(
        opus.fix().contains("Claude Opus 4.6 (global.anthropic.claude-opus-4-6-v1)"), opus.fix());
    assertFalse(opus.message().contains("replaced by Claude Sonnet"), opus.message());
  }

  @Test
  void targetSonnet45AlsoMovesSonnet4() {
    RewriteTester t45 =
        new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.5");
    t45.rewrites(
        "app.py",
        """
        A = "us.anthropic.claude-sonnet-4-20250514-v1:0"
        B = "global.anthropic.claude-3-5-sonnet-20241022-v2:0"
        """,
        """
        A = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"
        B = "global.anthropic.claude-sonnet-4-5-20250929-v1:0"
        """);
  }

  @Test
  void triggersAreShortFamilyStems() {
    List<String> triggers = new ModelIdRule().triggers(t.context());
    assertTrue(triggers.contains("claude-3-5-sonnet"), triggers.toString());
    assertTrue(triggers.contains("claude-4-sonnet"), triggers.toString());
    // Six stems of the replaced models and the bogus IDs (claude-sonnet-4 for the target's
    // misversioned Vertex name), the three SDK and library constant prefixes, and the three
    // spellings of a member access of a named model constant (.claude, .Claude, .CLAUDE) and of
    // a path to one (::claude, ::Claude, ::CLAUDE).
    assertTrue(triggers.size() <= 15, triggers.toString());
  }
}
