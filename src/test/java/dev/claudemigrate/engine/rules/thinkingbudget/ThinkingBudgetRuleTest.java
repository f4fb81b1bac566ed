package dev.claudemigrate.engine.rules.thinkingbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

class ThinkingBudgetRuleTest {
  private final ReportTester t = new ReportTester(new ThinkingBudgetRule());

  @Test
  void pythonInvokeModelBodyBelowMinimumAndAboveMax() {
    String src =
        """
        body = json.dumps({
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 512,
            "thinking": {"type": "enabled", "budget_tokens": 800},
            "messages": messages,
        })
        """;
    Finding f =
        t.one(
            "a.py",
            src,
            4,
            "budget_tokens 800 is below the minimum of 1024",
            "budget_tokens 800 is not below max_tokens 512");
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("\"budget_tokens\"", f.matched());
    assertTrue(f.fix().contains("at least 1024"));
    t.triggeredBy(src);
  }

  @Test
  void pythonTemperatureAndTopKWithThinking() {
    t.one(
        "a.py",
        """
        client.messages.create(model=m, max_tokens=8192, temperature=0.2, top_k=40,
            thinking={"type": "enabled", "budget_tokens": 2048}, messages=msgs)
        """,
        2,
        "temperature is set (0.2)",
        "top_k is set");
  }

  @Test
  void pythonConverseAdditionalFieldsSeesInferenceConfig() {
    t.one(
        "a.py",
        """
        client.converse(
            modelId=MODEL,
            inferenceConfig={"maxTokens": 2048, "temperature": 0.7},
            additionalModelRequestFields={"thinking": {"type": "enabled", "budget_tokens": 4096}},
        )
        """,
        4,
        "budget_tokens 4096 is not below maxTokens 2048",
        "temperature is set (0.7)");
  }

  @Test
  void pythonNegatives() {
    t.none(
        "a.py",
        """
        body = {"max_tokens": 8192, "thinking": {"type": "enabled", "budget_tokens": 2048}, "temperature": 1}
        """);
    t.none(
        "a.py",
        """
        body = {"max_tokens": max_tokens, "thinking": {"type": "enabled", "budget_tokens": budget}}
        """);
    t.none(
        "a.py",
        """
        body = {"max_tokens": 100, "thinking": {"type": "disabled", "budget_tokens": 10}}
        """);
    t.none(
        "a.py",
        """
        client.messages.create(max_tokens=8000, temperature=temperature, top_k=top_k,
            thinking={"type": "enabled", "budget_tokens": 2048})
        """);
    t.none(
        "a.py",
        """
        # "thinking": {"type": "enabled", "budget_tokens": 10}
        betas = ["interleaved-thinking-2025-05-14"]
        body = {"max_tokens": 2000, "thinking": {"type": "enabled", "budget_tokens": 4000}}
        """);
  }

  @Test
  void javaDocumentAdditionalFields() {
    t.one(
        "Think.java",
        """
        class Think {
          ConverseRequest req = ConverseRequest.builder()
              .inferenceConfig(c -> c.maxTokens(4096).topP(0.5f))
              .additionalModelRequestFields(Document.fromMap(Map.of("thinking",
                  Document.fromMap(Map.of("type", Document.fromString("enabled"),
                      "budget_tokens", Document.fromNumber(512))))))
              .build();
        }
        """,
        6,
        "budget_tokens 512 is below the minimum",
        "topP 0.5f is below 0.95");
    t.none(
        "Think.java",
        """
        class Think {
          Document d = Document.mapBuilder().putDocument("thinking", Document.mapBuilder()
              .putString("type", "enabled").putNumber("budget_tokens", 2048).build()).build();
        }
        """);
  }

  @Test
  void javascriptAndTypescript() {
    String js =
        """
        const body = {
          anthropic_version: "bedrock-2023-05-31",
          max_tokens: 1024,
          thinking: { type: "enabled", budget_tokens: 1024 },
          tool_choice: { type: "any" },
        };
        """;
    t.one(
        "a.js", js, 4, "budget_tokens 1024 is not below max_tokens 1024", "tool choice is forced");
    t.one("a.ts", js, 4, "tool choice is forced");
    t.none(
        "a.js", js.replace("max_tokens: 1024", "max_tokens: 4096").replace("\"any\"", "\"auto\""));
    t.none(
        "a.ts", js.replace("max_tokens: 1024", "max_tokens: 16000").replace("\"any\"", "\"auto\""));
  }

  @Test
  void go() {
    t.one(
        "main.go",
        """
        package main
        var body = map[string]any{
        	"anthropic_version": "bedrock-2023-05-31",
        	"max_tokens":        4000,
        	"thinking":          map[string]any{"type": "enabled", "budget_tokens": 100},
        }
        """,
        5,
        "budget_tokens 100 is below the minimum of 1024");
    t.none(
        "main.go",
        """
        package main
        var body = map[string]any{"max_tokens": 4000,
        	"thinking": map[string]any{"type": "enabled", "budget_tokens": 2000}}
        """);
  }

  @Test
  void kotlin() {
    t.one(
        "Think.kt",
        """
        val fields = buildJsonObject {
            put("thinking", buildJsonObject {
                put("type", "enabled")
                put("budget_tokens", 256)
            })
        }
        """,
        4,
        "budget_tokens 256 is below the minimum");
    t.none(
        "Think.kt",
        """
        val fields = mapOf("thinking" to mapOf("type" to "enabled", "budget_tokens" to 2048))
        """);
  }

  @Test
  void jsonAndYamlConfig() {
    t.one(
        "request.json",
        """
        {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 2000,
         "thinking": {"type": "enabled",
                      "budget_tokens": 3000}}
        """,
        3,
        "budget_tokens 3000 is not below max_tokens 2000");
    t.none(
        "request.json",
        """
        {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 16000, "temperature": 1,
         "thinking": {"type": "enabled", "budget_tokens": 10000}}
        """);
    t.one(
        "agent.yaml",
        """
        model: claude
        max_tokens: 8000
        temperature: 0
        thinking:
          type: enabled
          budget_tokens: 4000
        """,
        6,
        "temperature is set (0)");
    t.none(
        "agent.yaml",
        """
        max_tokens: 8000
        thinking:
          type: enabled
          budget_tokens: 4000
        """);
  }

  @Test
  void javaJacksonStatementsRespectBranches() {
    String src =
        """
        class Review {
          String run(boolean think) {
            ObjectNode body = mapper.createObjectNode();
            body.put("anthropic_version", "bedrock-2023-05-31");
            body.put("max_tokens", 4096);
            if (think) {
              ObjectNode thinking = body.putObject("thinking");
              thinking.put("type", "enabled");
              thinking.put("budget_tokens", 512);
            } else {
              body.put("temperature", 0.2);
            }
            return send(body);
          }
        }
        """;
    Finding f = t.one("Review.java", src, 9, "budget_tokens 512 is below the minimum of 1024");
    assertTrue(
        !f.message().contains("temperature"),
        "temperature is set only in the other branch: " + f.message());
    t.one(
        "Review.java",
        src.replace(
            "} else {\n      body.put(\"temperature\", 0.2);\n    }",
            "}\n    body.put(\"temperature\", 0.2);"),
        9,
        "temperature is set (0.2)");
  }

  @Test
  void pythonSubscriptStatements() {
    t.one(
        "a.py",
        """
        def build(prompt):
            body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 1500}
            body["thinking"] = {"type": "enabled", "budget_tokens": 2000}
            return body
        """,
        3,
        "budget_tokens 2000 is not below max_tokens 1500");
  }

  @Test
  void goIndexStatements() {
    t.one(
        "main.go",
        """
        package main
        func body() map[string]any {
        	b := map[string]any{"max_tokens": 1000}
        	b["thinking"] = map[string]any{"type": "enabled", "budget_tokens": 1000}
        	return b
        }
        """,
        4,
        "budget_tokens 1000 is not below max_tokens 1000");
  }

  @Test
  void variablesInitialisedOnceAreFollowed() {
    t.one(
        "a.py",
        """
        INFERENCE = {"maxTokens": 2000, "temperature": 0.4}

        def ask(client, msgs):
            extra = {"thinking": {"type": "enabled", "budget_tokens": 3000}}
            return client.converse(modelId=M, messages=msgs, inferenceConfig=INFERENCE,
                                   additionalModelRequestFields=extra)
        """,
        4,
        "budget_tokens 3000 is not below maxTokens 2000",
        "temperature is set (0.4)");
    t.one(
        "a.ts",
        """
        const inferenceConfig = { maxTokens: 1024 };
        const additionalModelRequestFields = { thinking: { type: "enabled", budget_tokens: 1024 } };
        const cmd = new ConverseCommand({ modelId, inferenceConfig, additionalModelRequestFields });
        """,
        2,
        "budget_tokens 1024 is not below maxTokens 1024");
    t.one(
        "Think.java",
        """
        class Think {
          void run() {
            InferenceConfiguration cfg = InferenceConfiguration.builder().maxTokens(1500).build();
            Document extra = Document.fromMap(Map.of("thinking", Document.fromMap(Map.of(
                "type", Document.fromString("enabled"), "budget_tokens", Document.fromNumber(1500)))));
            client.converse(r -> r.inferenceConfig(cfg).additionalModelRequestFields(extra));
          }
        }
        """,
        5,
        "budget_tokens 1500 is not below maxTokens 1500");
    t.none(
        "a.py",
        """
        cfg = {"maxTokens": 500}
        cfg = {"maxTokens": 8000}
        client.converse(inferenceConfig=cfg,
                        additionalModelRequestFields={"thinking": {"type": "enabled", "budget_tokens": 2048}})
        """);
  }

  @Test
  void javaJacksonChainUnderPutObject() {
    t.one(
        "Chain.java",
        """
        class Chain {
          ObjectNode body() {
            ObjectNode body = mapper.createObjectNode();
            body.put("max_tokens", 2048);
            body.putObject("thinking").put("type", "enabled").put("budget_tokens", 4096);
            return body;
          }
        }
        """,
        5,
        "budget_tokens 4096 is not below max_tokens 2048");
  }
}
