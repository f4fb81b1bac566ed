package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Field classes of the holdout4 set (issue 9, ADR 0092): an ID as the default of a placeholder, an
 * ARN whose region or account is a placeholder, and an ID behind a doubled profile prefix. Each
 * beside the case it must keep.
 */
class ModelIdHoldout4ClassesTest {
  private static final String S37 = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";
  private static final String S46 = "us.anthropic.claude-sonnet-4-6";

  private final RewriteTester t =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");
  private final RewriteTester east =
      new RewriteTester(
          new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6", Optional.of("us-east-1"));

  /** Before: the ':' right before the ID hid it, and the placeholder's default was missed. */
  @Test
  void aSpringPlaceholderDefaultIsRewrittenInPlace() {
    String yaml =
        """
        spring:
          ai:
            bedrock:
              converse:
                chat:
                  options:
                    model: ${CHAT_MODEL:%s}
        """;
    east.rewrites(
        "src/main/resources/application.yml",
        yaml.formatted("anthropic.claude-3-5-sonnet-20241022-v2:0"),
        yaml.formatted(S46));
    t.rewrites(
        "src/main/resources/application.properties",
        "app.claude.model=${APP_CLAUDE_MODEL:claude-3-5-sonnet-20241022}\n",
        "app.claude.model=${APP_CLAUDE_MODEL:claude-sonnet-4-6}\n");
  }

  /** Shell and Compose defaults: {@code :-}, {@code -}, {@code :=}. */
  @Test
  void shellAndComposeDefaultsAreRewrittenInPlace() {
    t.rewrites(
        "docker-compose.yml",
        """
        services:
          api:
            environment:
              - MODEL_ID=${MODEL_ID:-%s}
              - FALLBACK=${FALLBACK-%s}
        """
            .formatted(S37, S37),
        """
        services:
          api:
            environment:
              - MODEL_ID=${MODEL_ID:-%s}
              - FALLBACK=${FALLBACK-%s}
        """
            .formatted(S46, S46));
    t.rewrites(
        "run.sh",
        "MODEL=\"${MODEL:=%s}\"\n".formatted(S37),
        "MODEL=\"${MODEL:=%s}\"\n".formatted(S46));
  }

  /** A placeholder without a default, or whose default is another model, is not a finding. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "model: ${BEDROCK_MODEL_ID}\n",
        "model: ${BEDROCK_MODEL_ID:amazon.titan-text-express-v1}\n",
        "model: ${BEDROCK_MODEL_ID:anthropic.claude-3-haiku-20240307-v1:0}\n",
        "model: ${BEDROCK_MODEL_ID:-us.anthropic.claude-sonnet-4-6}\n",
        "model: ${BEDROCK_MODEL_ID:meta.llama3-70b-instruct-v1:0}\n"
      })
  void aPlaceholderWithoutAnOldDefaultIsLeft(String yaml) {
    t.ignores("application.yml", yaml);
  }

  /** Before: an uppercase placeholder in the region or account hid the whole ARN. */
  @Test
  void aProfileArnWithPlaceholdersIsHandledLikeAConcreteOne() {
    // The target offers the prefix: the model part is rewritten, the placeholders are kept.
    t.rewrites(
        "litellm.yaml",
        "model: bedrock/arn:aws:bedrock:REGION:123456789012:inference-profile/%s\n".formatted(S37),
        "model: bedrock/arn:aws:bedrock:REGION:123456789012:inference-profile/%s\n".formatted(S46));
    // It does not: the placeholder is no region to choose another prefix by, so it is reported.
    String apac =
        "model: bedrock/arn:aws:bedrock:YOUR_REGION:YOUR_ACCOUNT_ID:inference-profile/"
            + "apac.anthropic.claude-3-5-sonnet-20241022-v2:0\n";
    Finding f = t.reportsOnly("config.sample.yaml", apac, 1).get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.matched().startsWith("arn:aws:bedrock:YOUR_REGION:YOUR_ACCOUNT_ID:"), f::toString);
    assertTrue(f.fix().contains("no 'apac.' inference profile"), f.fix());
    assertTrue(f.fix().contains("no region decides another"), "the placeholder: " + f.fix());
  }

  /** A foundation-model ARN with a placeholder region is reported, as a concrete one is. */
  @Test
  void aFoundationModelArnWithAPlaceholderRegionIsReported() {
    String py =
        "MODEL_ARN = \"arn:aws:bedrock:YOUR_REGION::foundation-model/"
            + "anthropic.claude-3-7-sonnet-20250219-v1:0\"\n";
    String fix = onlyFix("app.py", py);
    assertTrue(
        fix.contains("arn:aws:bedrock:YOUR_REGION:<account-id>:") && fix.contains("<prefix>."),
        fix);
  }

  /** Before: a literal account after a templated region did not fit the assembled-ARN tail. */
  @Test
  void aTemplatedRegionBeforeALiteralAccountIsAnAssembledArn() {
    String yaml =
        "ModelArn: !Sub arn:aws:bedrock:${AWS::Region}:123456789012:inference-profile/%s\n"
            .formatted(S37);
    assertTrue(onlyFix("template.yaml", yaml).startsWith("an ARN assembled from parts"));
  }

  /** Another provider's ARN, and a model the target does not replace, stay unflagged. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:bedrock:YOUR_REGION::foundation-model/amazon.titan-text-express-v1",
        "arn:aws:bedrock:REGION:ACCOUNT:inference-profile/us.meta.llama3-2-90b-instruct-v1:0",
        "arn:aws:bedrock:YOUR_REGION::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
        "arn:aws:bedrock:*::foundation-model/anthropic.claude-3-7-sonnet-20250219-v1:0"
      })
  void anArnOfAnotherModelIsLeft(String arn) {
    t.ignores("config.yaml", "model: " + arn + "\n");
  }

  /** A placeholder ARN granted by an IAM policy is skipped, as a concrete one is. */
  @Test
  void aPlaceholderArnInAPolicyIsAGrant() {
    String policy =
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Action": ["bedrock:InvokeModel"],
          "Resource": "arn:aws:bedrock:YOUR_REGION::foundation-model/anthropic.claude-3-7-sonnet-20250219-v1:0"}]}
        """;
    t.ignores("policy.json", policy);
  }

  /** Before: a doubled profile prefix hid the ID. Now it is reported whole, never half-edited. */
  @ParameterizedTest
  @ValueSource(strings = {".env", "README.md", "config.yaml"})
  void aDoubledProfilePrefixIsReportedNeverRewritten(String path) {
    String text =
        path.endsWith(".yaml")
            ? "model_id: eu.us.anthropic.claude-3-7-sonnet-20250219-v1:0\n"
            : "CLAUDE_MODEL_ID=us.us.anthropic.claude-3-7-sonnet-20250219-v1:0\n";
    Finding f = t.reportsOnly(path, text, 1).get(0);
    assertTrue(f.matched().matches("(eu|us)\\.us\\.anthropic\\..*"), f::toString);
    assertTrue(f.fix().contains("not part of any Bedrock ID"), f.fix());
    assertTrue(f.fix().contains(S46), f.fix());
  }

  /** A stray two-letter segment before a base ID counts too; a longer dotted name does not. */
  @Test
  void aStraySegmentIsReportedAndADottedNameIsNot() {
    String fix = onlyFix(".env", "MODEL=xx.anthropic.claude-3-7-sonnet-20250219-v1:0\n");
    assertTrue(fix.startsWith("'xx.'"), fix);
    t.ignores(".env", "MODEL=models.anthropic.claude-3-7-sonnet-20250219-v1:0\n");
    t.ignores(".env", "MODEL=us.us.anthropic.claude-3-haiku-20240307-v1:0\n");
  }

  /** The well-formed profile ID beside it keeps its rewrite. */
  @Test
  void aWellFormedProfileIdIsStillRewritten() {
    t.rewrites(".env", "MODEL=%s\n".formatted(S37), "MODEL=%s\n".formatted(S46));
  }

  /** The fix of the one finding, which must make no edit. */
  private String onlyFix(String path, String text) {
    return t.reportsOnly(path, text, 1).get(0).fix();
  }
}
