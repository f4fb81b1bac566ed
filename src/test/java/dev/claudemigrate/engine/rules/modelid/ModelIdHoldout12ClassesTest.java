package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classes behind holdout12's first run (snippets of our own): a type or a table of constants named
 * for each model version, an inference profile whose geography the target lacks in a project whose
 * region is elsewhere, and a Bedrock ID written without its version suffix.
 */
class ModelIdHoldout12ClassesTest {
  private final RewriteTester t =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");
  private final Model to = t.context().targetModel();

  /**
   * Before: the ID of a class defined for Claude 3.5 Sonnet, one of a library's classes per model
   * (a file for each beside it), was rewritten to the target's.
   */
  @Test
  void aClassDefinedForOneModelVersionAmongOthersIsReportedNotRewritten(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("claude_v3.rb"), "class ClaudeV3 < Base\nend\n");
    String ruby =
        """
        module Payloads
          class ClaudeV3_5 < Base
            # The model this payload builder is for.
            def model_id
              'anthropic.claude-3-5-sonnet-20240620-v1:0'
            end
          end
        end
        """;
    List<Finding> f = t.rewrites(dir.resolve("claude_v3_5.rb").toString(), ruby, ruby);
    assertEquals(1, f.size());
    assertEquals(Severity.INFO, f.get(0).severity());
    assertTrue(f.get(0).message().contains("named for this model version"), f.get(0).message());
    String python =
        """
        class Claude35Sonnet(BedrockModel):
            model_id = "anthropic.claude-3-5-sonnet-20240620-v1:0"

        class Claude37Sonnet(BedrockModel):
            model_id = "us.anthropic.claude-3-7-sonnet-20250219-v1:0"
        """;
    assertEquals(2, t.rewrites("models/claude.py", python, python).size());
  }

  /**
   * holdout11's application: its one model class named for the model it calls (beside a GPT class)
   * is a use, rewritten so that the application keeps working.
   */
  @Test
  void aLoneClassNamedForTheModelItCallsIsRewritten() {
    String cs =
        """
        public class Sonnet35Model : ILlmModel
        {
            private const string InternalModelName = "claude-3-5-sonnet-20240620";
        }
        """;
    t.rewrites(
        "models/Sonnet35/Sonnet35Model.cs",
        cs,
        cs.replace("claude-3-5-sonnet-20240620", to.anthropicId()));
  }

  /** A class whose name names another version, or no model, is a use: its ID is rewritten. */
  @Test
  void aClassNamedForAnotherVersionOrForNoModelIsAUse() {
    String before =
        """
        class Claude3Client:
            model_id = "anthropic.claude-3-5-sonnet-20240620-v1:0"
        class BedrockChat:
            region = "us-east-1"
            model_id = "anthropic.claude-3-5-sonnet-20240620-v1:0"
        """;
    t.rewrites(
        "app/chat.py",
        before,
        before.replace("anthropic.claude-3-5-sonnet-20240620-v1:0", to.profileId("us")));
  }

  /**
   * Before: a library's constants, one per model, beside a constant for the target itself were
   * rewritten, so that two names held the target and the old name lied.
   */
  @Test
  void aTableOfNamedModelConstantsThatHoldsTheTargetIsReported() {
    String go =
        "package llm\n\nconst (\n"
            + "\tModelHaiku45  = \"us.anthropic.claude-haiku-4-5-20251001-v1:0\"\n"
            + "\tModelSonnet45 = \"us.anthropic.claude-sonnet-4-5-20250929-v1:0\"\n"
            + "\tModelSonnet46 = \""
            + to.profileId("us")
            + "\"\n"
            + "\tModelSonnet4  = \"us.anthropic.claude-sonnet-4-20250514-v1:0\"\n)\n";
    List<Finding> f = t.rewrites("llm/models.go", go, go);
    assertEquals(2, f.size());
  }

  /**
   * Seen beyond holdout13's scope (an SDK's model module): Ruby symbol constants, one per model,
   * each documented on the line above, with the target's constant several entries away, were
   * rewritten. Comment and blank lines do not count toward the table's reach.
   */
  @Test
  void aDocumentedTableOfRubySymbolConstantsIsReported() {
    StringBuilder rb = new StringBuilder("module Model\n");
    rb.append("  # Balanced model\n  CLAUDE_SONNET_4_6 = :\"")
        .append(to.anthropicId())
        .append("\"\n\n");
    for (String other : List.of("HAIKU_4_5", "OPUS_4_5", "OPUS_4_1", "OPUS_4")) {
      rb.append("  # Another model\n  CLAUDE_").append(other).append(" = :\"claude-x\"\n\n");
    }
    rb.append("  # High-performance model for agents and coding\n");
    rb.append("  CLAUDE_SONNET_4_5_20250929 = :\"claude-sonnet-4-5-20250929\"\nend\n");
    String ruby = rb.toString();
    List<Finding> f = t.rewrites("lib/models/model.rb", ruby, ruby);
    assertEquals(1, f.size());
  }

  /**
   * An application's map from its own keys to IDs, without the target, is rewritten value by value.
   */
  @Test
  void anApplicationsKeyToIdMapWithoutTheTargetIsRewritten() {
    String before =
        """
        MODEL_IDS = {
          claude_sonnet_4_5: "eu.anthropic.claude-sonnet-4-5-20250929-v1:0",
          claude_haiku_4_5: "eu.anthropic.claude-haiku-4-5-20251001-v1:0",
        }.freeze
        """;
    t.rewrites(
        "lib/bedrock_models.rb",
        before,
        before.replace("eu.anthropic.claude-sonnet-4-5-20250929-v1:0", to.profileId("eu")));
  }

  /**
   * Before: an 'apac.' profile (which the target lacks) in a file whose client region defaults to
   * us-east-1 became a 'us.' profile: the calls moved to another geography. Now a person chooses.
   */
  @Test
  void aProfileOfAGeographyTheTargetLacksIsNotMovedToTheRegionsGeography() {
    String ts =
        """
        const result = streamText({ model: bedrock("apac.anthropic.claude-sonnet-4-20250514-v1:0") });
        """;
    RewriteTester inUsEast1 =
        new RewriteTester(
            new ModelIdRule(),
            MigrationSettings.defaults(),
            "sonnet-4.6",
            java.util.Optional.of("us-east-1"));
    List<Finding> f = inUsEast1.rewrites("src/route.ts", ts, ts);
    assertEquals(1, f.size());
    assertTrue(f.get(0).fix().contains("is not in the 'apac.' geography"), f.get(0).fix());
  }

  /**
   * Holdout14's first run: an 'apac.' profile in an app whose region is ap-south-1 became a
   * 'global.' profile, which routes requests outside Asia Pacific. Now a person chooses; a
   * geographic profile the region offers (Tokyo: 'jp.') is still chosen.
   */
  @Test
  void aGeographicProfileIsNotMovedToGlobal() {
    String props =
        "spring.ai.bedrock.converse.chat.options.model=apac.anthropic.claude-sonnet-4-20250514-v1:0\n";
    List<Finding> f =
        new RewriteTester(
                new ModelIdRule(),
                MigrationSettings.defaults(),
                "sonnet-4.6",
                java.util.Optional.of("ap-south-1"))
            .rewrites("src/main/resources/application.properties", props, props);
    assertTrue(
        f.get(0).fix().contains("routes requests outside the 'apac.' geography"), f.get(0).fix());
    new RewriteTester(
            new ModelIdRule(),
            MigrationSettings.defaults(),
            "sonnet-4.6",
            java.util.Optional.of("ap-northeast-1"))
        .rewrites(
            "src/main/resources/application.properties",
            props,
            props.replace("apac.anthropic.claude-sonnet-4-20250514-v1:0", to.profileId("jp")));
  }

  /** Before: a Bedrock ID without its version suffix was not found at all. */
  @Test
  void aBedrockIdWithoutItsVersionSuffixIsReported() {
    String md =
        "| `llm.ModelSonnet4` | `anthropic.claude-sonnet-4-20250514` | Sonnet 4 |\n"
            + "model = \"us.anthropic.claude-3-7-sonnet-20250219\"\n";
    List<Finding> f = t.rewrites("app.py", md, md);
    assertEquals(2, f.size());
    assertTrue(f.get(0).fix().contains("makes no Bedrock ID"), f.get(0).fix());
    assertTrue(f.get(1).fix().contains(to.profileId("us")), f.get(1).fix());
    assertTrue(t.findings("ok.py", "m = \"" + to.bedrockId() + "\"\n").isEmpty());
  }
}
