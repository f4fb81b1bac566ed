package dev.claudemigrate.engine.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.requests.RequestShape.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request shapes the engine reads from snippets in each request language. */
class ProjectRequestsTest {
  @TempDir Path root;

  private ProjectRequests read(String... pathsAndTexts) throws Exception {
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      Path f = root.resolve(pathsAndTexts[i]);
      Files.createDirectories(f.getParent());
      Files.writeString(f, pathsAndTexts[i + 1]);
    }
    return ProjectRequests.read(root);
  }

  private static RequestShape only(ProjectRequests r) {
    assertEquals(1, r.shapes().size(), r.toString());
    return r.shapes().get(0).shape();
  }

  @Test
  void pythonInvokeModelBodyWithConstantsAndAnEnvironmentDefault() throws Exception {
    RequestShape s =
        only(
            read(
                "agent.py",
                """
                import json, os, boto3
                MODEL_ID = os.environ.get("MODEL_ID", "us.anthropic.claude-sonnet-4-5-20250929-v1:0")
                SYSTEM = ("You edit files. "
                          "Keep edits small.")
                TOOLS = [{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool", "max_characters": 5000}]
                client = boto3.client("bedrock-runtime", region_name="eu-west-1")
                def ask(messages):
                    body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 2048, "system": SYSTEM,
                            "messages": messages, "tools": TOOLS, "anthropic_beta": ["interleaved-thinking-2025-05-14"],
                            "thinking": {"type": "enabled", "budget_tokens": 1024}}
                    return client.invoke_model(modelId=MODEL_ID, body=json.dumps(body))
                """));

    assertEquals(Api.INVOKE_MODEL, s.api());
    assertEquals("us.anthropic.claude-sonnet-4-5-20250929-v1:0", s.modelId());
    assertEquals("default of MODEL_ID", s.modelNote());
    assertEquals("eu-west-1", s.region());
    assertEquals("You edit files. Keep edits small.", s.system().asText());
    assertEquals(2048, s.maxTokens());
    assertEquals(1024, s.thinking().path("budget_tokens").asInt());
    assertEquals(List.of("interleaved-thinking-2025-05-14"), s.betas());
    ToolShape editor = s.tools().get(0);
    assertEquals("text_editor_20250728", editor.type());
    assertEquals("str_replace_based_edit_tool", editor.name());
    assertEquals(5000, editor.declaration().path("max_characters").asInt());
    assertEquals(List.of(), s.runtimeParts());
  }

  @Test
  void anInterpolatedSystemPromptIsBuiltAtRunTimeAndNeverGuessed() throws Exception {
    ProjectRequests r =
        read(
            "title.py",
            """
            def title(client, task, tone):
                return client.converse(
                    modelId="global.anthropic.claude-haiku-4-5-20251001-v1:0",
                    system=[{"text": f"Answer in a {tone} tone."}],
                    messages=[{"role": "user", "content": [{"text": task}]}],
                    inferenceConfig={"maxTokens": 30, "temperature": 0.5, "topP": 0.9},
                )
            """);

    RequestShape s = only(r);
    assertEquals(Api.CONVERSE, s.api());
    assertNull(s.system());
    assertEquals(List.of("system"), s.runtimeParts());
    assertEquals(0.5, s.temperature());
    assertEquals(0.9, s.topP());
    CallSite site = r.shapes().get(0).sites().get(0);
    assertEquals("title.py:2", site.toString());
    assertTrue(
        site.runtime().get(0).startsWith("system: text: f\"Answer in a {tone} tone.\""),
        site.runtime().toString());
  }

  @Test
  void typescriptConverseWithThinkingBetasAndAnthropicToolsInAdditionalFields() throws Exception {
    RequestShape s =
        only(
            read(
                "src/route.ts",
                """
                const ROUTER = "arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.anthropic.claude-sonnet-4-20250514-v1:0";
                export const route = (text: string) => client.send(new ConverseCommand({
                  modelId: ROUTER,
                  messages: [{ role: "user", content: [{ text }] }],
                  inferenceConfig: { maxTokens: 4096 },
                  additionalModelRequestFields: {
                    thinking: { type: "enabled", budget_tokens: 2048 },
                    anthropic_beta: ["computer-use-2025-01-24"],
                    tools: [{ type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 }],
                  },
                }));
                """));

    assertEquals("us-west-2", s.region(), "an ARN names its region");
    assertEquals(4096, s.maxTokens());
    assertEquals(List.of("computer-use-2025-01-24"), s.betas());
    assertEquals("computer_20250124/computer", s.tools().get(0).label());
    assertEquals(768, s.tools().get(0).declaration().path("display_height_px").asInt());
  }

  @Test
  void javaConverseBuilderWithACustomToolSpecAndATextBlockInvokeModelBody() throws Exception {
    ProjectRequests r =
        read(
            "src/main/java/App.java",
            """
            class App {
              static final String MODEL = "us.anthropic.claude-sonnet-4-20250514-v1:0";
              static final String BODY = \"""
                  {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 300, "top_k": 40,
                   "tools": [{"name": "lookup", "description": "Finds a thing.", "input_schema": {"type": "object", "required": ["id"]}}]}
                  \""";
              void a() {
                client.converse(ConverseRequest.builder().modelId(MODEL)
                    .inferenceConfig(InferenceConfiguration.builder().maxTokens(100).temperature(0.25f).build())
                    .build());
              }
              void b() {
                client.invokeModel(x -> x.modelId(MODEL).body(SdkBytes.fromUtf8String(BODY)));
              }
            }
            """);

    assertEquals(2, r.shapes().size(), r.toString());
    RequestShape converse = r.shapes().get(0).shape();
    RequestShape invoke = r.shapes().get(1).shape();
    assertEquals(Api.INVOKE_MODEL, invoke.api());
    assertEquals(300, invoke.maxTokens());
    assertEquals(40, invoke.topK());
    assertEquals("lookup", invoke.tools().get(0).label());
    assertEquals(
        "id",
        invoke.tools().get(0).declaration().path("input_schema").path("required").get(0).asText());
    assertEquals(Api.CONVERSE, converse.api());
    assertEquals(100, converse.maxTokens());
    assertEquals(0.25, converse.temperature());
  }

  @Test
  void aBodyBuiltInBranchesGivesOneShapePerBranch() throws Exception {
    ProjectRequests r =
        read(
            "Review.java",
            """
            class Review {
              static final String MODEL_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0";
              String review(boolean think) {
                ObjectNode body = mapper.createObjectNode();
                body.put("anthropic_version", "bedrock-2023-05-31");
                body.put("max_tokens", 4096);
                if (think) {
                  ObjectNode thinking = body.putObject("thinking");
                  thinking.put("type", "enabled");
                  thinking.put("budget_tokens", 2048);
                } else {
                  body.put("temperature", 0.2);
                }
                return client.invokeModel(x -> x.modelId(MODEL_ID).body(SdkBytes.fromUtf8String(body.toString()))).toString();
              }
            }
            """);

    assertEquals(2, r.shapes().size(), r.toString());
    assertEquals(2048, r.shapes().get(0).shape().thinking().path("budget_tokens").asInt());
    assertNull(r.shapes().get(0).shape().temperature());
    assertEquals(0.2, r.shapes().get(1).shape().temperature());
    assertNull(r.shapes().get(1).shape().thinking());
  }

  @Test
  void kotlinConverseDsl() throws Exception {
    RequestShape s =
        only(
            read(
                "Triage.kt",
                """
                const val MODEL = "eu.anthropic.claude-sonnet-4-20250514-v1:0"
                suspend fun label(client: BedrockRuntimeClient, ticket: String) = client.converse(ConverseRequest {
                    modelId = MODEL
                    system = listOf(SystemContentBlock.Text("Answer with one word."))
                    messages = listOf(Message { role = ConversationRole.User; content = listOf(ContentBlock.Text(ticket)) })
                    inferenceConfig = InferenceConfiguration { maxTokens = 10 }
                })
                """));

    assertEquals("eu.anthropic.claude-sonnet-4-20250514-v1:0", s.modelId());
    assertEquals("Answer with one word.", s.system().get(0).asText());
    assertEquals(10, s.maxTokens());
  }

  @Test
  void aModelIdFromTheEnvironmentIsNotSmokeTested() throws Exception {
    ProjectRequests r =
        read(
            "worker.go",
            """
            package main
            func run(ctx context.Context, c *bedrockruntime.Client, body []byte) {
                c.Converse(ctx, &bedrockruntime.ConverseInput{
                    ModelId: aws.String(os.Getenv("MODEL_ID")),
                    InferenceConfig: &types.InferenceConfiguration{MaxTokens: aws.Int32(100)},
                })
            }
            """);

    assertEquals(0, r.shapes().size());
    assertEquals(1, r.notTested().size());
    assertEquals("worker.go:3", r.notTested().get(0).site().toString());
    assertEquals("model ID: aws.String(os.Getenv(\"MODEL_ID\"))", r.notTested().get(0).reason());
  }

  @Test
  void theSameRequestInTwoLanguagesIsOneShapeWithTwoCallSites() throws Exception {
    ProjectRequests r =
        read(
            "a.py",
            """
            client.converse(modelId="us.anthropic.claude-sonnet-4-20250514-v1:0",
                            inferenceConfig={"maxTokens": 30}, messages=[])
            client.converse(modelId="us.anthropic.claude-sonnet-4-20250514-v1:0",
                            inferenceConfig={"maxTokens": 31}, messages=[])
            """,
            "b.ts",
            """
            client.send(new ConverseCommand({ modelId: "us.anthropic.claude-sonnet-4-20250514-v1:0",
              messages: [], inferenceConfig: { maxTokens: 30 } }));
            """);

    assertEquals(2, r.shapes().size(), "max tokens 30 and 31 differ");
    assertEquals(
        List.of("a.py:1", "b.ts:1"),
        r.shapes().get(0).sites().stream().map(CallSite::toString).toList());
    assertEquals(31, r.shapes().get(1).shape().maxTokens());
  }

  @Test
  void converseToolConfigLiteralsAndGuardrails() throws Exception {
    ProjectRequests r =
        read(
            "support.py",
            """
            LOOKUP = {"toolSpec": {"name": "lookup_order", "description": "Finds an order.",
                                   "inputSchema": {"json": {"type": "object", "properties": {"id": {"type": "string"}}}}}}
            def ask(client, messages):
                client.converse(
                    modelId="us.anthropic.claude-sonnet-4-20250514-v1:0",
                    messages=messages,
                    toolConfig={"tools": [LOOKUP]},
                    guardrailConfig={"guardrailIdentifier": "gr-support", "guardrailVersion": "3"},
                )
                body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 100, "messages": messages}
                client.invoke_model(modelId="us.anthropic.claude-sonnet-4-20250514-v1:0", body=json.dumps(body),
                                    guardrailIdentifier="gr-invoke", guardrailVersion="DRAFT")
            """);

    assertEquals(2, r.shapes().size(), r.toString());
    RequestShape converse = r.shapes().get(0).shape();
    assertEquals("lookup_order", converse.tools().get(0).label());
    assertEquals(
        "string",
        converse
            .tools()
            .get(0)
            .declaration()
            .path("input_schema")
            .path("properties")
            .path("id")
            .path("type")
            .asText());
    assertEquals("gr-support", converse.guardrailId());
    assertEquals("3", converse.guardrailVersion());
    RequestShape invoke = r.shapes().get(1).shape();
    assertEquals("gr-invoke", invoke.guardrailId());
    assertEquals("DRAFT", invoke.guardrailVersion());
  }

  @Test
  void aListExtendedAtRunTimeIsNotReadAsTheLiteralAlone() throws Exception {
    ProjectRequests r =
        read(
            "tools.py",
            """
            def ask(client, messages, extra):
                body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 100,
                        "messages": messages, "tools": [{"type": "bash_20250124", "name": "bash"}] + extra}
                return client.invoke_model(modelId="us.anthropic.claude-sonnet-4-20250514-v1:0", body=json.dumps(body))
            """);

    RequestShape s = only(r);
    assertEquals(List.of(), s.tools());
    assertEquals(List.of("tools"), s.runtimeParts());
  }

  @Test
  void testCodeIsLeftOut() throws Exception {
    ProjectRequests r =
        read(
            "tests/test_agent.py",
            """
            def test_it(client):
                client.converse(modelId="us.anthropic.claude-sonnet-4-20250514-v1:0", messages=[])
            """);

    assertEquals(0, r.shapes().size());
  }
}
