package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A model ID held by something named for that model (holdout16, ADR 0110): a file named for the
 * model it configures, and an enum whose members are named for the models they hold. Rewriting the
 * value makes the name lie and changes what a lookup keyed on it accepts, so the ID is reported as
 * information, not rewritten. Beside each, the case that keeps its rewrite. Snippets of our own.
 */
class ModelIdNamedForTest {
  private final RewriteTester t =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");
  private final Model to = t.context().targetModel();

  private static final String SONNET_37 = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";
  private static final String SONNET_35_V2 = "us.anthropic.claude-3-5-sonnet-20241022-v2:0";

  private static String aiderConfig(String id) {
    return "model: bedrock/" + id + "\nshow-model-warnings: false\n";
  }

  /** Asserts that every 3.7 Sonnet and 3.5 Sonnet v2 profile ID in {@code before} is rewritten. */
  private void rewritesAll(String path, String before, int count) {
    String after =
        before.replace(SONNET_37, to.profileId("us")).replace(SONNET_35_V2, to.profileId("us"));
    assertEquals(count, t.rewrites(path, before, after).size(), path);
  }

  private static void infoWithoutEdits(List<Finding> f, String why) {
    assertTrue(f.stream().noneMatch(Finding::fixable), "edits: " + f);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f.toString());
    assertTrue(f.stream().allMatch(x -> x.message().contains(why)), f.toString());
  }

  /** Before: each per-model sample config was rewritten, its name left saying the old model. */
  @Test
  void aFileNamedForTheModelItConfiguresIsReportedNotRewritten() {
    Map<String, String> files =
        Map.of(
            "sample_config/bedrock-claude-3-7-sonnet-20250219-v1.yml",
            aiderConfig(SONNET_37),
            "sample_config/anthropic-claude-3-7-sonnet-20250219.yml",
            "model: anthropic/claude-3-7-sonnet-20250219\n",
            "configs/bedrock-claude-3-5-sonnet-20241022-v2.yml",
            aiderConfig(SONNET_35_V2),
            "profiles/Claude_Sonnet_4_20250514.json",
            "{\"modelId\": \"anthropic.claude-sonnet-4-20250514-v1:0\"}\n");
    files.forEach(
        (path, text) -> infoWithoutEdits(t.rewrites(path, text, text), "named for this model"));
  }

  @Test
  void theSameConfigInAFileNamedForNoModelIsRewritten() {
    for (String path :
        List.of(
            "app.yml",
            "resources/model-settings.yml",
            "sample_config/sonnet.yml",
            "config/claude.yml",
            "config/claude-20250219-notes.yml")) {
      rewritesAll(path, aiderConfig(SONNET_37), 1);
    }
  }

  /**
   * A file named for one model that calls another (a config named for Opus 4 that sends 3.7
   * Sonnet): the name or the content is wrong, and which is a person's choice. Reported with its
   * severity, not rewritten.
   */
  @Test
  void aFileNamedForAnotherModelIsReportedForAPerson() {
    String config = aiderConfig(SONNET_37);
    List<Finding> f =
        t.rewrites("sample_config/bedrock-claude-opus-4-20250514-v1.yml", config, config);
    assertEquals(1, f.size());
    assertNotEquals(Severity.INFO, f.get(0).severity());
    assertTrue(f.get(0).fix().contains("named for Claude Opus 4"), f.get(0).fix());
    assertTrue(f.get(0).fix().contains(to.name()), f.get(0).fix());
  }

  /**
   * Before: the members of an enum of the keys clients send, each named for its model, were
   * rewritten; both then held the target's ID under names that say 3.5 Sonnet.
   */
  @Test
  void anEnumOfMembersNamedForTheirModelsIsReportedNotRewritten() {
    String python =
        """
        from enum import StrEnum


        class AWSModelName(StrEnum):
            \"""Models the service accepts.\"""

            BEDROCK_CLAUDE_3_5_SONNET_V1 = "us.anthropic.claude-3-5-sonnet-20240620-v1:0"
            BEDROCK_CLAUDE_3_5_SONNET_V2 = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
        """;
    List<Finding> f = t.rewrites("src/schema/models.py", python, python);
    assertEquals(2, f.size());
    infoWithoutEdits(f, "named for this model version");
    String java =
        """
        public enum ClaudeModel {
          CLAUDE_3_7_SONNET("us.anthropic.claude-3-7-sonnet-20250219-v1:0"),
          CLAUDE_SONNET_4("us.anthropic.claude-sonnet-4-20250514-v1:0");

          private final String id;

          ClaudeModel(String id) {
            this.id = id;
          }
        }
        """;
    infoWithoutEdits(t.rewrites("ClaudeModel.java", java, java), "named for this model version");
    String typescript =
        """
        export enum BedrockModel {
          Claude37Sonnet = "us.anthropic.claude-3-7-sonnet-20250219-v1:0",
          Claude3Haiku = "us.anthropic.claude-3-haiku-20240307-v1:0",
        }
        """;
    infoWithoutEdits(
        t.rewrites("src/models.ts", typescript, typescript), "named for this model version");
  }

  /** One member is the application's choice of model, not a set: rewritten. */
  @Test
  void anEnumWithOneMemberNamedForItsModelIsRewritten() {
    String before =
        """
        public enum SupportedModel {
          CLAUDE_3_7_SONNET("us.anthropic.claude-3-7-sonnet-20250219-v1:0");

          private final String modelId;
        }
        """;
    rewritesAll("SupportedModel.java", before, 1);
  }

  /**
   * Constants named for their models, not in an enum: the IDs the code calls with (labelled rewrite
   * in the field, two or more of them in a module, a class of constants or a Go const block).
   */
  @Test
  void constantsNamedForTheirModelsOutsideAnEnumAreRewritten() {
    String module =
        """
        # Claude model IDs
        CLAUDE_3_7_SONNET = "us.anthropic.claude-3-7-sonnet-20250219-v1:0"
        CLAUDE_3_5_SONNET = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
        """;
    rewritesAll("config.py", module, 2);
    String plainClass =
        """
        class ModelIDs:
            anthropic_claude_3_7_sonnet = "us.anthropic.claude-3-7-sonnet-20250219-v1:0"
            anthropic_claude_3_5_sonnet = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
        """;
    rewritesAll("constants.py", plainClass, 2);
    String go =
        """
        package llm

        const (
        \tClaudeSonnet37 = "us.anthropic.claude-3-7-sonnet-20250219-v1:0"
        \tClaudeSonnet35 = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
        )
        """;
    rewritesAll("models.go", go, 2);
  }

  /**
   * Not members of the enum above them: a table keyed by its members that maps each to the ID
   * called (the value is the use), and module constants after the enum's body.
   */
  @Test
  void valuesAfterAnEnumOrKeyedByItsMembersAreRewritten() {
    String before =
        """
        class AWSModelName(StrEnum):
            FAST = "fast"
            SMART = "smart"

        _MODEL_TABLE = {
            AWSModelName.BEDROCK_CLAUDE_3_5_SONNET_V2: "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
        }
        CLAUDE_3_7_SONNET = "us.anthropic.claude-3-7-sonnet-20250219-v1:0"
        CLAUDE_SONNET_4 = "us.anthropic.claude-sonnet-4-20250514-v1:0"
        """;
    String after =
        before
            .replace(SONNET_35_V2, to.profileId("us"))
            .replace(SONNET_37, to.profileId("us"))
            .replace("us.anthropic.claude-sonnet-4-20250514-v1:0", to.profileId("us"));
    assertEquals(3, t.rewrites("src/core/llm.py", before, after).size());
  }

  /** Members named for roles, not models: the enum's values are the models it chose. */
  @Test
  void anEnumOfRolesIsRewritten() {
    rewritesAll(
        "tiers.py",
        "class Tier(str, Enum):\n    SMART = \""
            + SONNET_37
            + "\"\n    BALANCED = \""
            + SONNET_35_V2
            + "\"\n",
        2);
  }
}
