package dev.claudemigrate.engine.rules.invokemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

class InvokeModelRuleTest {
  private final ReportTester t = new ReportTester(new InvokeModelRule());

  @Test
  void pythonBoto3WithAnthropicBody() {
    String src =
        """
        import json, boto3

        def ask(client, prompt):
            body = json.dumps({
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": 1024,
                "messages": [{"role": "user", "content": prompt}],
            })
            resp = client.invoke_model(modelId=MODEL_ID, body=body)
            return json.loads(resp["body"].read())
        """;
    Finding f =
        t.one(
            "app.py",
            src,
            9,
            "invoke_model sends an Anthropic Messages body",
            "'anthropic_version' in the calling function",
            "client.converse(...)");
    assertEquals("invoke_model", f.matched());
    assertEquals(Severity.INFO, f.severity());
    assertTrue(f.fix().contains("inferenceConfig.maxTokens") && f.fix().contains("system: [{text"));
    assertTrue(f.fix().contains("additionalModelRequestFields") && f.fix().contains("toolConfig"));
    t.triggeredBy(src);
  }

  @Test
  void pythonStreamingAndScriptLevel() {
    t.one(
        "s.py",
        """
        body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 10, "messages": msgs}
        stream = client.invoke_model_with_response_stream(modelId=m, body=json.dumps(body))
        """,
        2,
        "client.converse_stream(...)");
  }

  @Test
  void pythonNegatives() {
    t.none(
        "titan.py",
        """
        def embed(client, text):
            body = json.dumps({"inputText": text})
            return client.invoke_model(modelId="amazon.titan-embed-text-v2:0", body=body)
        """);
    t.none(
        "llama.py",
        """
        # uses anthropic_version elsewhere? no: this is Llama
        def ask(client, p):
            return client.invoke_model(modelId=LLAMA, body=json.dumps({"prompt": p, "max_gen_len": 512}))
        """);
    t.none(
        "policy.py",
        """
        POLICY = {"Effect": "Allow", "Action": ["bedrock:InvokeModel"], "Resource": "*"}
        # client.invoke_model(body={"anthropic_version": "bedrock-2023-05-31"})
        """);
    t.none(
        "wrapper.py",
        """
        class Fake:
            def invoke_model(self, **kwargs):
                return {"anthropic_version": "bedrock-2023-05-31"}
        """);
  }

  @Test
  void pythonFileLevelEvidenceButNotWithOtherProviders() {
    String claude =
        """
        BASE = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 512}

        def ask(client, body):
            return client.invoke_model(modelId=MODEL, body=json.dumps(body))
        """;
    t.one("a.py", claude, 4, "'anthropic_version' in this file");
    // With a Titan body in the same file, the file no longer tells which body the first call sends.
    t.none(
        "a.py",
        claude
            + """

        def embed(client, text):
            return client.invoke_model(modelId=TITAN, body=json.dumps({"inputText": text}))
        """);
  }

  @Test
  void javaSdkV2() {
    t.one(
        "Claude.java",
        """
        class Claude {
          String ask(BedrockRuntimeClient client, String prompt) {
            String body = \"""
                {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 512,
                 "messages": [{"role": "user", "content": "hi"}]}
                \""";
            InvokeModelResponse r = client.invokeModel(InvokeModelRequest.builder()
                .modelId(MODEL).body(SdkBytes.fromUtf8String(body)).build());
            return r.body().asUtf8String();
          }
        }
        """,
        7,
        "invokeModel sends",
        "client.converse(ConverseRequest)");
    t.none(
        "Iam.java",
        """
        class Iam {
          // the anthropic_version body is sent by another service
          String action = "bedrock:InvokeModel";
          InvokeModelResponse invokeModel(InvokeModelRequest r) { return null; }
        }
        """);
  }

  @Test
  void javascriptAndTypescript() {
    String js =
        """
        import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";
        export async function ask(prompt) {
          const body = JSON.stringify({ anthropic_version: "bedrock-2023-05-31", max_tokens: 256,
            messages: [{ role: "user", content: prompt }] });
          return client.send(new InvokeModelCommand({ modelId, body }));
        }
        """;
    t.one("a.js", js, 5, "InvokeModelCommand sends", "new ConverseCommand({...})");
    t.one("a.ts", js.replace("(prompt)", "(prompt: string)"), 5, "InvokeModelCommand sends");
    t.none(
        "llama.js",
        """
        // anthropic_version is not used here: Llama on InvokeModel
        export const ask = (prompt) =>
          client.send(new InvokeModelCommand({ modelId, body: JSON.stringify({ prompt, max_gen_len: 512 }) }));
        """);
    t.none(
        "titan.ts",
        """
        export async function embed(text: string) {
          const body = JSON.stringify({ inputText: text });
          return client.send(new InvokeModelCommand({ modelId: "amazon.titan-embed-text-v2:0", body }));
        }
        """);
  }

  @Test
  void go() {
    String go =
        """
        package claude

        type request struct {
        	AnthropicVersion string `json:"anthropic_version"`
        	MaxTokens        int    `json:"max_tokens"`
        }

        func Ask(ctx context.Context, c *bedrockruntime.Client, body []byte) error {
        	_, err := c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ModelId: aws.String(id), Body: body})
        	return err
        }
        """;
    t.one("claude.go", go, 9, "InvokeModel sends", "bedrockruntime.ConverseInput");
    t.none(
        "titan.go",
        """
        package titan

        func Embed(ctx context.Context, c *bedrockruntime.Client) error {
        	body, _ := json.Marshal(map[string]any{"inputText": "hello"})
        	_, err := c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{Body: body})
        	return err
        }
        """);
  }

  @Test
  void kotlin() {
    t.one(
        "Claude.kt",
        """
        suspend fun ask(client: BedrockRuntimeClient): String {
            val body = ""\"{"anthropic_version": "bedrock-2023-05-31", "max_tokens": 100, "messages": []}""\"
            val resp = client.invokeModel(InvokeModelRequest { modelId = MODEL; this.body = body.toByteArray() })
            return resp.body.decodeToString()
        }
        """,
        3,
        "invokeModel sends",
        "ConverseRequest");
    t.none(
        "Nova.kt",
        """
        suspend fun ask(client: BedrockRuntimeClient): String {
            val body = ""\"{"schemaVersion": "messages-v1", "messages": []}""\"
            return client.invokeModel(InvokeModelRequest { this.body = body.toByteArray() }).toString()
        }
        """);
  }

  @Test
  void iamPoliciesAndDocsInAnyFormatAreNotCalls() {
    t.none(
        "policy.json",
        """
        {"Statement": [{"Effect": "Allow", "Action": ["bedrock:InvokeModel",
          "bedrock:InvokeModelWithResponseStream"], "Resource": "*"}],
         "anthropic_version": "bedrock-2023-05-31"}
        """);
    t.none(
        "template.yaml",
        """
        Policies:
          - Statement:
              - Effect: Allow
                Action: [bedrock:InvokeModel]
        """);
    t.none(
        "iam.tf",
        """
        data "aws_iam_policy_document" "bedrock" {
          statement { actions = ["bedrock:InvokeModel"] }
        }
        """);
    t.none(
        "README.md",
        """
        Call `client.invoke_model(body=json.dumps({"anthropic_version": "bedrock-2023-05-31"}))`.
        """);
  }

  @Test
  void infoIsReportOnlyApiInfo() {
    var info = new InvokeModelRule().info();
    assertEquals("invoke-model", info.id());
    assertEquals(Category.API, info.category());
    assertEquals(Severity.INFO, info.severity());
    assertTrue(!info.fixable() && info.docsUrl().endsWith("/docs/rules/invoke-model.md"));
  }
}
