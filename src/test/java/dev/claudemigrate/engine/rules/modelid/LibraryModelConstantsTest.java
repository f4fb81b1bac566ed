package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.SdkConstants;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Library model constants with their own spelling (CDK constructs): reported, never rewritten. */
class LibraryModelConstantsTest {
  private final RewriteTester t =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");

  @Test
  void typescriptPythonAndJavaUsesAreReportedWithTheTargetNamed() {
    List<Finding> ts =
        t.reportsOnly(
            "lib/stack.ts",
            """
            const agent = new bedrock.Agent(this, 'Agent', {
              foundationModel: bedrock.BedrockFoundationModel.ANTHROPIC_CLAUDE_3_5_SONNET_V1_0,
            });
            const parser = BedrockFoundationModel.ANTHROPIC_CLAUDE_SONNET_V1_0;
            """,
            2);
    assertEquals("ANTHROPIC_CLAUDE_3_5_SONNET_V1_0", ts.get(0).matched());
    assertEquals(Severity.ERROR, ts.get(0).severity());
    assertTrue(ts.get(0).message().startsWith("Claude 3.5 Sonnet v1 ("), ts.get(0).message());
    assertTrue(ts.get(0).message().endsWith("is replaced by Claude Sonnet 4.6"));
    assertTrue(ts.get(0).fix().contains("anthropic.claude-sonnet-4-6"), ts.get(0).fix());
    // ANTHROPIC_CLAUDE_SONNET_V1_0 is Claude 3 Sonnet in this library, not Sonnet 4.
    assertTrue(ts.get(1).message().startsWith("Claude 3 Sonnet ("), ts.get(1).message());
    t.reportsOnly(
        "app.py", "model = bedrock.BedrockFoundationModel.ANTHROPIC_CLAUDE_3_5_SONNET_V2_0\n", 1);
    t.reportsOnly(
        "Stack.java",
        "class S { Object m = BedrockFoundationModel.ANTHROPIC_CLAUDE_3_7_SONNET_V1_0; }\n",
        1);
  }

  @Test
  void markdownSamplesAreReportedAsDocumentation() {
    List<Finding> md =
        t.reportsOnly(
            "README.md",
            """
            # Agents

            ```ts
            const agent = new bedrock.Agent(this, 'Agent', {
              foundationModel: bedrock.BedrockFoundationModel.ANTHROPIC_CLAUDE_3_5_SONNET_V1_0,
            });
            ```
            """,
            1);
    assertEquals(5, md.get(0).span().line());
  }

  @Test
  void modelsTheTargetDoesNotReplaceAndOtherClassesAreLeftAlone() {
    t.ignores(
        "lib/stack.ts",
        """
        const a = BedrockFoundationModel.ANTHROPIC_CLAUDE_HAIKU_V1_0;
        const b = BedrockFoundationModel.ANTHROPIC_CLAUDE_V2_1;
        const c = SomethingElse.ANTHROPIC_CLAUDE_3_5_SONNET_V1_0;
        export class BedrockFoundationModel {
          public static readonly ANTHROPIC_CLAUDE_3_5_SONNET_V1_0 = new BedrockFoundationModel('x');
        }
        """);
    // Claude Sonnet 4.6 replaces Sonnet 4; Claude Sonnet 4 as the target does not.
    t.reportsOnly("a.ts", "const m = BedrockFoundationModel.ANTHROPIC_CLAUDE_4_SONNET_V1_0;\n", 1);
    new RewriteTester(new ModelIdRule())
        .ignores("a.ts", "const m = BedrockFoundationModel.ANTHROPIC_CLAUDE_4_SONNET_V1_0;\n");
  }

  @Test
  void everyMappedConstantNamesACatalogModel() {
    Catalog catalog = Catalog.builtin();
    for (SdkConstants.Library lib : SdkConstants.builtin().libraries()) {
      lib.models()
          .forEach(
              (constant, key) ->
                  assertTrue(
                      catalog.model(key).isPresent(), lib.name() + " " + constant + ": " + key));
    }
  }
}
