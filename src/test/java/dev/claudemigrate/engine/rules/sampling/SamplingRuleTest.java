package dev.claudemigrate.engine.rules.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

class SamplingRuleTest {
  private final ReportTester t = new ReportTester(new SamplingRule());

  @Test
  void pythonConverseInferenceConfig() {
    String src =
        """
        MODEL = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
        resp = client.converse(
            modelId=MODEL,
            inferenceConfig={"maxTokens": 512, "temperature": 0.2, "topP": 0.9},
        )
        """;
    Finding f = t.one("app.py", src, 4, "'topP'", "'temperature'", "line 4", "Sonnet 4");
    assertEquals("\"topP\"", f.matched());
    assertEquals(Severity.WARNING, f.severity());
    t.triggeredBy(src);
  }

  /**
   * The severity is the target's {@code samplingTogether} in the catalog: Sonnet 4.5 and 4.6 reject
   * the pair (error), for Sonnet 4 the sources disagree (warning).
   */
  @Test
  void severityFollowsTheTarget() {
    String src =
        """
        const body = { anthropic_version: "bedrock-2023-05-31", max_tokens: 300,
          temperature: 0.5, top_p: 0.8, messages };
        """;
    for (String target : new String[] {"sonnet-4.6", "sonnet-4.5"}) {
      Finding f =
          new ReportTester(new SamplingRule(), target)
              .one("a.js", src, 2, "rejects the pair", "HTTP 400");
      assertEquals(Severity.ERROR, f.severity(), target);
    }
    assertTrue(
        new ReportTester(new SamplingRule(), "sonnet-4.6")
            .findings("a.js", src)
            .get(0)
            .message()
            .contains("Claude Sonnet 4.6"));
    Finding f4 =
        new ReportTester(new SamplingRule(), "sonnet-4").one("a.js", src, 2, "sources disagree");
    assertEquals(Severity.WARNING, f4.severity());
  }

  @Test
  void pythonKeywordArgumentsOfAnthropicClient() {
    t.one(
        "a.py",
        """
        from anthropic import AnthropicBedrock
        msg = AnthropicBedrock().messages.create(model=m, max_tokens=100,
            temperature=0.5,
            top_p=0.9)
        """,
        4,
        "'top_p'",
        "line 3");
  }

  @Test
  void pythonNegatives() {
    t.none(
        "a.py",
        """
        body = {"anthropic_version": "bedrock-2023-05-31", "temperature": 0.5}
        other = {"top_p": 0.9}
        """);
    t.none(
        "a.py",
        """
        # a Claude prompt; top_p alone
        cfg = {"temperature": 0.5, "top_p": None}
        """);
    t.none(
        "openai.py",
        """
        client.chat.completions.create(model="gpt-4o", temperature=0.5, top_p=0.9)
        """);
  }

  /** Field class "i18n": the keys of a translation table are labels, not sampling settings. */
  @Test
  void translationTablesOfUiLabelsAreNotSamplingSettings() {
    String i18n =
        """
        // Claude chat UI
        export default {
          generationConfig: {
            temperature: {
              label: 'Temperature',
              hint: 'Affects the shape of the probability distribution',
            },
            topP: {
              label: 'Top-p',
              hint: 'The percentage of most-likely candidates',
            },
          },
        };
        """;
    t.none("frontend/src/i18n/en/index.ts", i18n);
    t.none(
        "frontend/src/i18n/ja/index.ts",
        "// Claude\nconst m = { temperature: '温度', topP: 'トップP' };\n");
  }

  @Test
  void numbersWrittenAsStringsAndVariablesStillCount() {
    t.one(
        "claude.ts",
        """
        // Claude on Bedrock
        const body = { temperature: "0.5", topP: topPFromSettings };
        """,
        2,
        "'topP'");
  }

  @Test
  void pythonJsonBodyInsideString() {
    t.one(
        "a.py",
        """
        BODY = '''{"anthropic_version": "bedrock-2023-05-31",
                   "temperature": 0.5, "top_p": 0.9}'''
        """,
        2,
        "'top_p'");
  }

  @Test
  void javaBuilderChainAndLambda() {
    t.one(
        "Chat.java",
        """
        class Chat {
          // anthropic.claude-3-5-sonnet-20241022-v2:0
          InferenceConfiguration cfg = InferenceConfiguration.builder()
              .temperature(0.5f)
              .topP(0.9f)
              .build();
        }
        """,
        5,
        "'topP'",
        "'temperature' (line 4)");
    t.one(
        "Chat.java",
        """
        class Chat {
          void run() {
            client.converse(r -> r.modelId(CLAUDE).inferenceConfig(c -> c.temperature(0.5f).topP(0.9f)));
          }
        }
        """,
        3,
        "'topP'");
  }

  @Test
  void javaMapAndNegative() {
    t.one(
        "Body.java",
        """
        class Body {
          Map<String, Object> body = Map.of("anthropic_version", "bedrock-2023-05-31",
              "temperature", 0.5, "top_p", 0.9);
        }
        """,
        3,
        "'top_p'");
    t.none(
        "Chat.java",
        """
        class Chat {
          // claude
          InferenceConfiguration a = InferenceConfiguration.builder().temperature(0.5f).build();
          InferenceConfiguration b = InferenceConfiguration.builder().topP(0.9f).build();
        }
        """);
  }

  @Test
  void javascriptAndTypescript() {
    String js =
        """
        const cmd = new ConverseCommand({
          modelId: "anthropic.claude-3-5-sonnet-20240620-v1:0",
          inferenceConfig: { maxTokens: 256, temperature: 0.7, topP: 0.95 },
        });
        """;
    t.one("a.js", js, 3, "'topP'", "'temperature' (line 3)");
    t.one(
        "a.ts",
        js.replace("inferenceConfig:", "inferenceConfig: <InferenceConfiguration>"),
        3,
        "'topP'");
    t.one(
        "b.ts",
        """
        const body = JSON.stringify({ anthropic_version: "bedrock-2023-05-31", temperature, top_p: 0.9 });
        """,
        1,
        "'top_p'");
    t.none(
        "a.ts",
        """
        const a = { model: "claude", temperature: 0.7 };
        const b = { topP: 0.9 };
        """);
    t.none(
        "a.js",
        """
        // claude: temperature and topP in separate objects
        const cfg = { inferenceConfig: { temperature: 0.7 }, additionalModelRequestFields: { top_p: 0.9 } };
        """);
  }

  @Test
  void go() {
    t.one(
        "main.go",
        """
        package main
        // anthropic.claude-3-5-sonnet-20241022-v2:0
        func cfg() *types.InferenceConfiguration {
        	return &types.InferenceConfiguration{
        		Temperature: aws.Float32(0.5),
        		TopP:        aws.Float32(0.9),
        	}
        }
        """,
        6,
        "'TopP'",
        "'Temperature' (line 5)");
    t.none(
        "main.go",
        """
        package main
        var claude = map[string]any{"temperature": 0.5, "max_tokens": 10}
        var other = map[string]any{"top_p": 0.9}
        """);
  }

  @Test
  void kotlin() {
    t.one(
        "Chat.kt",
        """
        val req = ConverseRequest {
            modelId = "anthropic.claude-3-5-sonnet-20241022-v2:0"
            inferenceConfig {
                temperature = 0.5F
                topP = 0.9F
            }
        }
        """,
        5,
        "'topP'");
    t.one(
        "Body.kt",
        """
        val body = mapOf("anthropic_version" to "bedrock-2023-05-31", "temperature" to 0.5, "top_p" to 0.9)
        """,
        1,
        "'top_p'");
    t.none(
        "Chat.kt",
        """
        val req = ConverseRequest {
            modelId = "anthropic.claude-3-5-sonnet-20241022-v2:0"
            inferenceConfig { temperature = 0.5F }
        }
        val other = mapOf("top_p" to 0.9)
        """);
  }

  @Test
  void jsonAndYamlConfig() {
    t.one(
        "prompt.json",
        """
        {
          "modelId": "anthropic.claude-3-5-sonnet-20241022-v2:0",
          "inferenceConfig": {"temperature": 0.3,
                              "topP": 0.8}
        }
        """,
        4,
        "'topP'",
        "line 3");
    t.none(
        "prompt.json",
        """
        {"modelId": "anthropic.claude-3-5-sonnet-20241022-v2:0",
         "profiles": [{"temperature": 0.3}, {"topP": 0.8}]}
        """);
    Finding y =
        t.one(
            "app.yaml",
            """
        bedrock:
          model: us.anthropic.claude-3-5-sonnet-20241022-v2:0
          temperature: 0.3
          top_p: 0.8
        """,
            4,
            "'top_p'");
    assertEquals("top_p", y.matched());
    t.none(
        "app.yaml",
        """
        model: anthropic.claude-3-5-sonnet-20241022-v2:0
        fast: {temperature: 0.3}
        careful: {top_p: 0.8}
        # temperature: 1, top_p: 1
        """);
  }

  @Test
  void infoIsReportOnlyBehaviourErrorByDefault() {
    var info = new SamplingRule().info();
    assertEquals("sampling", info.id());
    assertEquals(Category.BEHAVIOUR, info.category());
    assertEquals(Severity.ERROR, info.severity());
    assertTrue(!info.fixable() && info.docsUrl().endsWith("/docs/rules/sampling.md"));
  }

  @Test
  void statementBuiltObjects() {
    t.one(
        "a.py",
        """
        def body(prompt):
            b = {"anthropic_version": "bedrock-2023-05-31", "temperature": 0.5}
            if prompt:
                b["top_p"] = 0.9
            return b
        """,
        4,
        "'top_p'",
        "line 2");
    t.one(
        "a.js",
        """
        function body() {
          const b = { anthropic_version: "bedrock-2023-05-31" };
          b.temperature = 0.5;
          b.top_p = 0.9;
          return b;
        }
        """,
        4,
        "'top_p'",
        "line 3");
    t.none(
        "a.py",
        """
        def body(creative):
            b = {"anthropic_version": "bedrock-2023-05-31"}
            if creative:
                b["temperature"] = 0.9
            else:
                b["top_p"] = 0.5
            return b
        """);
  }

  @Test
  void kotlinStatementBuiltMaps() {
    t.one(
        "Body.kt",
        """
        fun body(): Map<String, Any> {
            val body = mutableMapOf<String, Any>("anthropic_version" to "bedrock-2023-05-31")
            body["temperature"] = 0.5
            body.put("top_p", 0.9)
            return body
        }
        """,
        4,
        "'top_p'",
        "line 3");
    t.none(
        "Body.kt",
        """
        fun body(creative: Boolean): Map<String, Any> {
            val body = mutableMapOf<String, Any>("anthropic_version" to "bedrock-2023-05-31")
            if (creative) {
                body["temperature"] = 0.9
            } else {
                body["top_p"] = 0.5
            }
            return body
        }
        """);
  }
}
