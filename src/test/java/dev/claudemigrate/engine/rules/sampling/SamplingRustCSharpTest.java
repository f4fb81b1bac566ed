package dev.claudemigrate.engine.rules.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * ADR 0104. Before: C# objects were not read, so the AWS SDK for .NET's {@code new
 * InferenceConfiguration { Temperature = ..., TopP = ... }} and an anonymous Messages body {@code
 * new { temperature = ..., top_p = ... }} setting both went unreported. Now an object initializer,
 * a dictionary initializer and an anonymous object are objects. Nor were the AWS SDK for Rust's
 * builder chains ({@code InferenceConfiguration::builder().temperature(..).top_p(..)}); now they
 * are, as Java's are.
 */
class SamplingRustCSharpTest {
  private final ReportTester t = new ReportTester(new SamplingRule());

  private static final String CONVERSE =
      """
      var request = new ConverseRequest
      {
          ModelId = "anthropic.claude-3-5-sonnet-20240620-v1:0",
          InferenceConfig = new InferenceConfiguration { MaxTokens = 512, Temperature = 0.5F, TopP = 0.9F },
      };
      """;

  @Test
  void anSdkInferenceConfigurationWithBothIsReported() {
    Finding f = t.one("Chat.cs", CONVERSE, 4, "'TopP'", "'Temperature'");
    assertEquals("TopP", f.matched());
    t.none("Chat.cs", CONVERSE.replace(", TopP = 0.9F", ""));
  }

  @Test
  void anAnonymousBodyOrADictionaryWithBothIsReported() {
    String body =
        """
        var json = JsonSerializer.Serialize(new
        {
            anthropic_version = "bedrock-2023-05-31",
            max_tokens = 512,
            temperature = 0.5,
            top_p = topP,
            messages,
        });
        """;
    t.one("Invoke.cs", body, 6, "'top_p'");
    t.none("Invoke.cs", body.replace("top_p = topP,", "top_k = 250,"));
    String dict =
        """
        // anthropic.claude-3-5-sonnet-20240620-v1:0
        var body = new Dictionary<string, object> { ["temperature"] = 0.2, ["top_p"] = 0.9 };
        var other = new Dictionary<string, object> { { "temperature", 0.2 }, { "top_p", 0.9 } };
        """;
    t.at("Invoke.cs", dict, java.util.List.of(2, 3), "'top_p'");
  }

  private static final String RUST =
      """
      const MODEL_ID: &str = "anthropic.claude-3-5-sonnet-20240620-v1:0";

      async fn ask(client: &Client) -> Result<ConverseOutput> {
          let config = InferenceConfiguration::builder()
              .max_tokens(512)
              .temperature(0.5)
              .top_p(0.9)
              .build();
          client.converse().model_id(MODEL_ID).inference_config(config).send().await
      }
      """;

  @Test
  void aRustSdkBuilderChainWithBothIsReported() {
    Finding f = t.one("src/chat.rs", RUST, 7, "'top_p'", "'temperature'");
    assertEquals("top_p", f.matched());
    t.none("src/chat.rs", RUST.replace("        .top_p(0.9)\n", ""));
    // Two separate chains are two requests.
    t.none(
        "src/chat.rs",
        RUST.replace(
            "        .top_p(0.9)\n        .build();",
            "        .build();\n    let other = InferenceConfiguration::builder().top_p(0.9).build();"));
  }

  @Test
  void aFileThatNamesClaudeOnlyInCommentsAndSendsAnotherModelIsQuiet() {
    // Before (with Rust chains read): the commented-out Claude IDs made the file a Claude file.
    String llama =
        RUST.replace(
            "const MODEL_ID: &str = \"anthropic.claude-3-5-sonnet-20240620-v1:0\";",
            "// const MODEL_ID: &str = \"anthropic.claude-3-5-sonnet-20240620-v1:0\";\n"
                + "const MODEL_ID: &str = \"us.meta.llama3-3-70b-instruct-v1:0\";");
    t.none("src/chat.rs", llama);
    // The Claude ID live beside the other one: the file still talks to Claude.
    t.one("src/chat.rs", llama.replace("// const MODEL_ID", "const CLAUDE_ID"), 8, "'top_p'");
  }
}
