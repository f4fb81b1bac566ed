package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field class "catalog" (holdout5): a TypeScript union of string literals that enumerates the model
 * IDs a library accepts is a type, not a call. Its members are reported as information and never
 * rewritten, Opus members included; a union of one model with free strings, a plain string and a
 * logical {@code ||} default keep their rewrite.
 */
class TypeUnionsTest {
  private final RewriteTester t =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");

  private static final String UNION =
      """
      export type BedrockChatModelId =
        | 'anthropic.claude-sonnet-4-20250514-v1:0'
        | 'anthropic.claude-opus-4-1-20250805-v1:0'
        | 'anthropic.claude-3-7-sonnet-20250219-v1:0'
        | 'anthropic.claude-3-5-sonnet-20241022-v2:0'
        | (string & {});
      """;

  @Test
  void aUnionTypeOfManyModelsIsReportedAsInformationNeverRewritten() {
    List<Finding> f = t.reportsOnly("src/models.ts", UNION, 4);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f.toString());
    assertTrue(f.get(0).message().contains("a list of several models"), f.get(0).message());
  }

  @Test
  void aUnionWrittenOnOneLineIsAListToo() {
    String text =
        "type Id = \"us.anthropic.claude-3-5-sonnet-20240620-v1:0\" | \"us.anthropic.claude-3-7-sonnet-20250219-v1:0\""
            + " | \"us.anthropic.claude-sonnet-4-20250514-v1:0\";\n";
    t.reportsOnly("src/ids.d.ts", text, 3);
  }

  @Test
  void aUnionOfOneModelAndFreeStringsIsStillAUse() {
    String text =
        "type Id = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0' | 'default' | 'fast';\n";
    List<Finding> f = t.findings("src/id.ts", text);
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).fixable(), "one model among free strings is a use: " + f);
  }

  @Test
  void aLogicalOrDefaultIsRewrittenNotTakenForAUnion() {
    t.rewrites(
        "src/config.ts",
        "const a = process.env.A || 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';\n"
            + "const b = process.env.B || 'us.anthropic.claude-sonnet-4-20250514-v1:0';\n"
            + "const c = process.env.C || 'us.anthropic.claude-3-5-sonnet-20240620-v1:0';\n",
        "const a = process.env.A || 'us.anthropic.claude-sonnet-4-6';\n"
            + "const b = process.env.B || 'us.anthropic.claude-sonnet-4-6';\n"
            + "const c = process.env.C || 'us.anthropic.claude-sonnet-4-6';\n");
  }

  @Test
  void theSameIdsOutsideTypeScriptAreNotReadAsAUnion() {
    String text =
        "# 'us.anthropic.claude-3-7-sonnet-20250219-v1:0' | 'x'\n"
            + "MODEL = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0'\n";
    List<Finding> f = t.findings("app.py", text);
    assertTrue(f.stream().anyMatch(Finding::fixable), f.toString());
  }
}
