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
 * Field classes of missed uses: shell scripts and Dockerfiles, plain-text documentation, and an ID
 * inside a longer token (a provider route of an eval or proxy config, a Bedrock runtime URL).
 * Expected text is built from the target model, so the tests hold for any default target.
 */
class ModelIdFileKindsTest {
  private final RewriteTester t = new RewriteTester(new ModelIdRule());
  private final Model to = t.context().targetModel();

  @Test
  void shellScriptExportsCliArgumentsAndCurlBodiesAreRewritten() {
    String before =
        """
        #!/usr/bin/env bash
        # call the model once
        export AWS_REGION=us-east-1
        export MODEL_ID=anthropic.claude-3-5-sonnet-20240620-v1:0
        aws bedrock-runtime invoke-model --model-id "$MODEL_ID" --body file://body.json out.json
        aws bedrock-runtime converse --model-id us.anthropic.claude-3-5-sonnet-20241022-v2:0 \\
          --messages file://messages.json
        curl https://api.anthropic.com/v1/messages -H "x-api-key: $KEY" \\
          -d '{"model": "claude-3-5-sonnet-20241022", "max_tokens": 256, "messages": []}'
        """;
    String after =
        before
            .replace("anthropic.claude-3-5-sonnet-20240620-v1:0", to.profileId("us"))
            .replace("us.anthropic.claude-3-5-sonnet-20241022-v2:0", to.profileId("us"))
            .replace("claude-3-5-sonnet-20241022", to.anthropicId());
    List<Finding> f = t.rewrites("scripts/invoke.sh", before, after);
    assertEquals(3, f.size());
    assertEquals(Context.CONFIG_VALUE, f.get(0).context());
  }

  @Test
  void shellCommentsAreCommentsAndDockerfilesAreRead() {
    Finding comment =
        t.findings("deploy.sh", "# was anthropic.claude-3-5-sonnet-20240620-v1:0\n").get(0);
    assertEquals(Context.COMMENT, comment.context());
    t.rewrites(
        "docker/Dockerfile",
        "FROM python:3.12\nENV MODEL_ID=claude-3-5-sonnet-20241022\n",
        "FROM python:3.12\nENV MODEL_ID=" + to.anthropicId() + "\n");
  }

  /**
   * Before: PowerShell scripts (Windows set-up of Claude Code on Bedrock) were not read. They are
   * read as shell scripts, with their block comments {@code <# ... #>} as comments.
   */
  @Test
  void powerShellScriptsAreReadWithTheirBlockComments() {
    String before =
        """
        <#
        .SYNOPSIS
          Sets Claude Code up for Bedrock (was us.anthropic.claude-3-7-sonnet-20250219-v1:0)
        #>
        $env:CLAUDE_CODE_USE_BEDROCK = '1'
        $env:AWS_REGION = 'us-east-1'
        $env:ANTHROPIC_MODEL = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0'
        """;
    List<Finding> f =
        t.rewrites(
            "scripts/setup.ps1",
            before,
            before.replace(
                "MODEL = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0'",
                "MODEL = '" + to.profileId("us") + "'"));
    assertEquals(List.of(3, 7), f.stream().map(x -> x.span().line()).toList(), f::toString);
    assertEquals(Context.COMMENT, f.get(0).context());
    assertEquals(Severity.INFO, f.get(0).severity());
  }

  @Test
  void plainTextDocumentationIsProseReportedNotRewritten() {
    for (String path : List.of("llms.txt", "docs/models.rst", "NOTES.txt", "README.org")) {
      Finding f =
          t.reportsOnly(path, "Set the model to claude-3-5-sonnet-20241022 for chat.\n", 1).get(0);
      assertEquals(Context.DOCUMENTATION, f.context(), path);
      assertEquals(Severity.INFO, f.severity(), path);
    }
  }

  @Test
  void providerRoutesInEvalAndProxyConfigsKeepTheirRoute() {
    String before =
        """
        providers:
          - id: anthropic:messages:claude-3-5-sonnet-20241022
          - id: bedrock:us.anthropic.claude-3-5-sonnet-20240620-v1:0
        model_list:
          - litellm_params:
              model: bedrock/converse/us.anthropic.claude-3-5-sonnet-20241022-v2:0
          - litellm_params:
              model: anthropic/claude-3-5-sonnet-latest
        """;
    String after =
        before
            .replace("claude-3-5-sonnet-20241022\n", to.anthropicId() + "\n")
            .replace("us.anthropic.claude-3-5-sonnet-20240620-v1:0", to.profileId("us"))
            .replace("us.anthropic.claude-3-5-sonnet-20241022-v2:0", to.profileId("us"))
            .replace(
                "claude-3-5-sonnet-latest",
                to.anthropicAliases().isEmpty() ? to.anthropicId() : to.anthropicAliases().get(0));
    List<Finding> f = t.rewrites("promptfooconfig.yaml", before, after);
    assertEquals(4, f.size());
    assertEquals("claude-3-5-sonnet-20241022", f.get(0).matched());
  }

  @Test
  void pythonProviderStringsOfLangChainAndPydanticAi() {
    t.rewrites(
        "agent.py",
        "llm = init_chat_model(\"bedrock_converse:us.anthropic.claude-3-5-sonnet-20241022-v2:0\")\n",
        "llm = init_chat_model(\"bedrock_converse:" + to.profileId("us") + "\")\n");
  }

  @Test
  void bedrockRuntimeUrlPathIsAUse() {
    t.rewrites(
        "call.sh",
        "curl --aws-sigv4 aws:amz:us-east-1:bedrock"
            + " https://bedrock-runtime.us-east-1.amazonaws.com/model/us.anthropic.claude-3-5-sonnet-20241022-v2:0/invoke\n",
        "curl --aws-sigv4 aws:amz:us-east-1:bedrock"
            + " https://bedrock-runtime.us-east-1.amazonaws.com/model/"
            + to.profileId("us")
            + "/invoke\n");
  }

  @Test
  void filePathsNamedAfterAModelAreNotUses() {
    t.ignores(
        "eval.py",
        """
        RESULTS = "results/claude-3-5-sonnet-20241022/scores.json"
        CACHE = "cache/anthropic.claude-3-5-sonnet-20240620-v1:0.pkl"
        """);
  }

  @Test
  void iamWildcardArnsStillDoNotMatch() {
    t.ignores(
        "policy.json",
        """
        {"Resource": "arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0"}
        """);
  }

  @Test
  void theReportedSpanIsTheIdWithoutItsRoute() {
    Finding f =
        t.findings("p.yaml", "id: bedrock:anthropic.claude-3-5-sonnet-20240620-v1:0\n").get(0);
    assertEquals("anthropic.claude-3-5-sonnet-20240620-v1:0", f.matched());
    assertTrue(f.span().column() > "id: bedrock:".length(), f.span().toString());
  }
}
