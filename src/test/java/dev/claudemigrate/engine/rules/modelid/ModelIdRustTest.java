package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rust programs on the AWS SDK for Rust: before, {@code .rs} files were not read at all. A model ID
 * in a {@code const} or a builder's {@code .model_id("...")} is rewritten; one in a comment (a
 * commented-out alternative) is reported, never rewritten; a base ID that fills a foundation-model
 * ARN built with {@code format!} (in the file, or by a function of the crate the file calls) is
 * reported.
 */
class ModelIdRustTest {
  private final RewriteTester t =
      new RewriteTester(
          new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6", Optional.of("us-west-2"));

  private static final String CONST =
      """
      use aws_sdk_bedrockruntime::Client;

      const MODEL_ID: &str = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";

      fn label<'a>(s: &'a str) -> &'static str { "x" }
      """;

  @Test
  void aConstModelIdIsRewritten() {
    t.rewrites(
        "src/main.rs",
        CONST,
        CONST.replace("claude-3-7-sonnet-20250219-v1:0", "claude-sonnet-4-6"));
  }

  @Test
  void aBuilderModelIdIsRewritten() {
    String before =
        """
        async fn ask(client: &Client) {
            let out = client
                .invoke_model()
                .model_id("anthropic.claude-3-5-sonnet-20240620-v1:0")
                .send()
                .await;
        }
        """;
    t.rewrites(
        "src/bin/ask.rs",
        before,
        before.replace(
            "anthropic.claude-3-5-sonnet-20240620-v1:0", "us.anthropic.claude-sonnet-4-6"));
  }

  @Test
  void aCommentedOutAlternativeIsInfoAndNotRewritten() {
    String text =
        """
        // const MODEL_ID: &str = "anthropic.claude-3-5-sonnet-20241022-v2:0";
        /* const OLD: &str = "us.anthropic.claude-3-7-sonnet-20250219-v1:0"; */
        /// Try "anthropic.claude-3-5-sonnet-20240620-v1:0" too.
        const MODEL_ID: &str = "us.meta.llama3-3-70b-instruct-v1:0";
        """;
    List<Finding> f = t.reportsOnly("src/main.rs", text, 3);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f.toString());
  }

  @Test
  void aBaseIdBesideAFormatBuiltArnIsReported() {
    String text =
        """
        const MODEL_ID: &str = "anthropic.claude-3-5-sonnet-20241022-v2:0";

        fn arn(r: &str) -> String {
            format!("arn:aws:bedrock:{}::foundation-model/{}", r, MODEL_ID)
        }
        """;
    Finding f = t.reportsOnly("src/main.rs", text, 1).get(0);
    assertTrue(f.fix().startsWith("line 4 builds a foundation-model ARN"), f.fix());
    String embedding =
        text.replace("foundation-model/{}\", r, MODEL_ID", "foundation-model/{embed_model}\"");
    assertTrue(t.findings("src/main.rs", embedding).get(0).fixable());
    String positional = text.replace("r, MODEL_ID)", "r, EMBEDDING_MODEL)");
    assertTrue(t.findings("src/main.rs", positional).get(0).fixable());
  }

  /** The argument that fills a positional field, in Rust's and Python's format forms. */
  @Test
  void aPositionalFieldIsFilledByItsArgument() {
    String rust = "format!(\"arn:aws:bedrock:{}::foundation-model/{}\", region, embed(a, b))";
    assertEquals(
        "embed(a, b)", BuiltArns.positionalArgument(rust, rust.indexOf("foundation"), "{}"));
    String py = "'x'; s = \"arn:aws:bedrock:%s::foundation-model/%s\" % (region, model_id)";
    assertEquals("model_id", BuiltArns.positionalArgument(py, py.indexOf("foundation"), "%s"));
    String dot = "\"{}::foundation-model/{}\".format(r, titan_id)";
    assertEquals("titan_id", BuiltArns.positionalArgument(dot, dot.indexOf("foundation"), "{}"));
    String bare = "let s = \"foundation-model/{}\";";
    assertEquals(null, BuiltArns.positionalArgument(bare, bare.indexOf("foundation"), "{}"));
  }

  private static final String LIB =
      """
      pub fn generate_arn(r: &str, model: &str) -> String {
          format!("arn:aws:bedrock:{}::foundation-model/{}", r, model)
      }
      """;

  private static final String MAIN =
      """
      use kb::generate_arn;

      const MODEL_ID: &str = "anthropic.claude-3-5-sonnet-20241022-v2:0";

      fn main() {
          let arn = generate_arn("us-west-2", MODEL_ID);
      }
      """;

  /**
   * Before: the base ID was rewritten to a profile ID although the crate's own function turns it
   * into a foundation-model ARN. Now it is reported naming the call, and the call is found too.
   */
  @Test
  void aBaseIdPassedToACrateFunctionThatBuildsTheArnIsReported(@TempDir Path root)
      throws IOException {
    ProjectFiles.write(root, "Cargo.toml", "[package]\nname = \"kb\"\n");
    ProjectFiles.write(root, "src/lib.rs", LIB);
    List<Finding> f = ProjectFiles.check(root, "src/main.rs", MAIN, t.context());
    assertEquals(2, f.size(), f.toString());
    assertTrue(f.stream().noneMatch(Finding::fixable), f.toString());
    assertTrue(
        f.get(0).fix().startsWith("line 6 calls generate_arn (src/lib.rs line 2), which builds"),
        f.get(0).fix());
    assertEquals(6, f.get(1).span().line());
    assertEquals(Severity.INFO, f.get(1).severity());
  }

  /** A crate of its own (other/Cargo.toml) does not see the first crate's function. */
  @Test
  void withoutTheCallOrTheCrateTheBaseIdIsRewritten(@TempDir Path root) throws IOException {
    ProjectFiles.write(root, "Cargo.toml", "[package]\nname = \"kb\"\n");
    ProjectFiles.write(root, "src/lib.rs", LIB);
    String noCall = MAIN.replace("generate_arn(\"us-west-2\", MODEL_ID)", "MODEL_ID");
    List<Finding> f = ProjectFiles.check(root, "src/main.rs", noCall, t.context());
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).fixable());
    ProjectFiles.write(root, "other/Cargo.toml", "[package]\nname = \"other\"\n");
    List<Finding> alone = ProjectFiles.check(root, "other/src/main.rs", MAIN, t.context());
    assertTrue(alone.get(0).fixable(), alone.toString());
    assertFalse(alone.size() > 1, alone.toString());
  }

  /**
   * Before: {@code Region::new("eu-west-1")} stated no region, and a base ID with no other region
   * in sight listed the options. Now the Rust SDK's region decides the prefix; a region that is
   * only the provider chain's fallback ({@code or_else}, {@code unwrap_or}) decides nothing.
   */
  @Test
  void aRustRegionDecidesTheProfilePrefixUnlessItIsAFallback() {
    RewriteTester noRegion =
        new RewriteTester(
            new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6", Optional.empty());
    String pinned =
        """
        let config = aws_config::from_env().region(Region::new("eu-west-1")).load().await;
        let req = client.converse().model_id("anthropic.claude-3-5-sonnet-20240620-v1:0");
        """;
    noRegion.rewrites(
        "src/main.rs",
        pinned,
        pinned.replace(
            "anthropic.claude-3-5-sonnet-20240620-v1:0", "eu.anthropic.claude-sonnet-4-6"));
    String fallback =
        pinned.replace(
            "aws_config::from_env().region(Region::new(\"eu-west-1\"))",
            "RegionProviderChain::default_provider().or_else(Region::new(\"eu-west-1\"))");
    assertFalse(noRegion.findings("src/main.rs", fallback).get(0).fixable());
  }
}
