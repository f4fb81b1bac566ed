package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The models a file uses, for doctor: every known model, whatever the target replaces. */
class ModelUseRuleTest {
  private static final Catalog CATALOG = Catalog.builtin();
  private final ReportTester on46 = new ReportTester(new ModelUseRule(), "sonnet-4.6");

  private List<String> models(String path, String text) {
    return on46.findings(path, text).stream()
        .map(Finding::matched)
        .map(m -> ModelUseRule.modelOf(CATALOG, m).map(Model::key).orElse("?" + m))
        .toList();
  }

  @Test
  void liveModelsAndTheTargetItselfAreUsesToo() {
    assertEquals(
        List.of("claude-haiku-4-5", "claude-opus-4-5", "claude-sonnet-4-6", "claude-sonnet-4"),
        models(
            "models.py",
            """
            FAST = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
            BIG = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-opus-4-5-20251101-v1:0"
            MAIN = "global.anthropic.claude-sonnet-4-6"
            OLD = "claude-sonnet-4-20250514"
            """));
  }

  @Test
  void sdkAndLibraryConstantsNameTheirModel() {
    assertEquals(
        List.of("claude-haiku-4-5"),
        models(
            "main.go",
            """
            import "github.com/anthropics/anthropic-sdk-go"
            var m = anthropic.ModelClaudeHaiku4_5_20251001
            """));
    assertEquals(
        List.of("claude-3-5-haiku"),
        models(
            "Ask.java",
            """
            import com.anthropic.models.messages.Model;
            class Ask { Model m = Model.CLAUDE_3_5_HAIKU_20241022; }
            """));
    assertEquals(
        List.of("claude-3-5-sonnet-v1"),
        models("stack.ts", "const m = BedrockFoundationModel.ANTHROPIC_CLAUDE_3_5_SONNET_V1_0;\n"));
  }

  @Test
  void aTypoAMapOfSuccessorsAndUnknownConstantsAreNotUses() {
    assertEquals(
        List.of(),
        models(
            "ids.py",
            """
            BAD = "anthropic.claude-4-sonnet-20240514-v1:0"
            SUCCESSOR = {
                "anthropic.claude-3-5-sonnet-20240620-v1:0": "anthropic.claude-sonnet-4-6",
            }
            """));
    assertEquals(Optional.empty(), ModelUseRule.modelOf(CATALOG, "CLAUDE_9_GIANT"));
  }
}
