package dev.claudemigrate.engine.rules.invokemodel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/** The response-stream forms of InvokeModel with a Messages body, in each SDK. */
class InvokeModelStreamingTest {
  private final ReportTester t = new ReportTester(new InvokeModelRule());

  @Test
  void javascriptV3Command() {
    String js =
        """
        import { InvokeModelWithResponseStreamCommand } from "@aws-sdk/client-bedrock-runtime";
        export async function* chat(prompt) {
          const body = JSON.stringify({ anthropic_version: "bedrock-2023-05-31", max_tokens: 256,
            messages: [{ role: "user", content: prompt }] });
          const res = await client.send(new InvokeModelWithResponseStreamCommand({ modelId, body }));
          for await (const e of res.body) yield e;
        }
        """;
    Finding f =
        t.one(
            "chat.js",
            js,
            5,
            "InvokeModelWithResponseStreamCommand sends an Anthropic Messages body",
            "new ConverseStreamCommand({...})");
    assertTrue(f.fix().startsWith("Call new ConverseStreamCommand({...}) instead"), f.fix());
    t.one("chat.ts", js.replace("(prompt)", "(prompt: string)"), 5, "ConverseStreamCommand");
    t.none(
        "llama.js",
        """
        export const chat = (prompt) => client.send(new InvokeModelWithResponseStreamCommand({
          modelId, body: JSON.stringify({ prompt, max_gen_len: 512 }) }));
        """);
  }

  @Test
  void javaSyncAndAsyncClients() {
    String sync =
        """
        class Stream {
          void chat(BedrockRuntimeClient client, String body) {
            String payload = "{\\"anthropic_version\\": \\"bedrock-2023-05-31\\"}";
            client.invokeModelWithResponseStream(request(payload), handler);
          }
        }
        """;
    t.one(
        "Stream.java",
        sync,
        4,
        "invokeModelWithResponseStream sends",
        "client.converseStream(...)");
    t.one(
        "AsyncStream.java",
        sync.replace("BedrockRuntimeClient", "BedrockRuntimeAsyncClient")
            .replace("client.invoke", "asyncClient.invoke"),
        4,
        "invokeModelWithResponseStream sends");
  }

  @Test
  void boto3AndGo() {
    t.one(
        "s.py",
        """
        def chat(client, prompt):
            body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 256,
                    "messages": [{"role": "user", "content": prompt}]}
            return client.invoke_model_with_response_stream(modelId=MODEL, body=json.dumps(body))
        """,
        4,
        "invoke_model_with_response_stream sends",
        "client.converse_stream(...)");
    t.one(
        "s.go",
        """
        package claude

        type request struct {
        	AnthropicVersion string `json:"anthropic_version"`
        }

        func Chat(ctx context.Context, c *bedrockruntime.Client, body []byte) error {
        	_, err := c.InvokeModelWithResponseStream(ctx, &bedrockruntime.InvokeModelWithResponseStreamInput{Body: body})
        	return err
        }
        """,
        8,
        "InvokeModelWithResponseStream sends",
        "bedrockruntime.ConverseStreamInput");
  }
}
