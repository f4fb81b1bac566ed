package dev.claudemigrate.engine.rules.familycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests on a model ID for a replaced generation, which Sonnet 4.6's ID fails. */
class FamilyCheckRuleTest {
  private final ReportTester on46 = new ReportTester(new FamilyCheckRule(), "sonnet-4.6");

  private Finding reported(String path, String src, int line, String generation) {
    Finding f =
        on46.one(
            path,
            src,
            line,
            "this check on the model ID does not match anthropic.claude-sonnet-4-6",
            "the branch for " + generation + " is skipped after migration",
            "check what the condition selects");
    on46.triggeredBy(src);
    return f;
  }

  @Test
  void pythonInPicksTheRequestBody() {
    Finding f =
        reported(
            "client.py",
            """
            def invoke(self, model_id, prompt):
                if "claude-3" in model_id:
                    body = self.messages_body(prompt)
                else:
                    body = self.text_body(prompt)
            """,
            2,
            "Claude 3, 3.5 and 3.7 models");
    assertEquals("claude-3", f.matched());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.fix().contains("Claude Sonnet 4.6"), f.fix());
  }

  @Test
  void pythonStartswithAndNotIn() {
    reported(
        "route.py",
        """
        if model_id.startswith("us.anthropic.claude-3"):
            parse = parse_messages
        """,
        1,
        "Claude 3, 3.5 and 3.7 models");
    reported(
        "route.py",
        """
        if "claude-3-5-sonnet" not in self.model:
            max_tokens = 4096
        """,
        1,
        "Claude 3.5 Sonnet");
  }

  @Test
  void javaScriptTypeScriptIncludesStartsWith() {
    reported(
        "limits.ts",
        """
        const maxTokens = modelId.includes("claude-3-7") ? 64000 : 4096;
        """,
        1,
        "Claude 3.7 Sonnet");
    reported(
        "body.js",
        """
        if (modelId.startsWith('anthropic.claude-3')) {
          body = messagesBody(prompt);
        }
        """,
        1,
        "Claude 3, 3.5 and 3.7 models");
  }

  @Test
  void javaKotlinGoCsharpRuby() {
    reported(
        "Client.java",
        """
        class Client {
          boolean messages(String modelId) { return modelId.contains("claude-3-sonnet"); }
        }
        """,
        2,
        "Claude 3 Sonnet");
    reported(
        "Client.kt",
        """
        fun messages(id: String) = if ("claude-3-5" in id) build(id) else legacy(id)
        """,
        1,
        "Claude 3.5 models");
    reported(
        "client.go",
        """
        package client

        func messages(id string) bool {
        	return strings.HasPrefix(strings.ToLower(id), "anthropic.claude-3-7")
        }
        """,
        4,
        "Claude 3.7 Sonnet");
    reported(
        "Client.cs",
        """
        class Client {
          bool Messages(string id) => id.Contains("claude-3-5-sonnet", StringComparison.Ordinal);
        }
        """,
        2,
        "Claude 3.5 Sonnet");
    reported(
        "client.rb",
        """
        body = model_id.include?("claude-3") ? messages_body : text_body
        """,
        1,
        "Claude 3, 3.5 and 3.7 models");
  }

  @Test
  void testCodeIsInformation() {
    Finding f =
        reported(
            "tests/test_client.py",
            """
            def test_body():
                assert "claude-3" in client.model_id
            """,
            2,
            "Claude 3, 3.5 and 3.7 models");
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void notebookCell() {
    on46.one(
        "demo.ipynb",
        """
        {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": [
          "if \\"claude-3\\" in model_id:\\n",
          "    body = messages_body(prompt)\\n"
        ]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """,
        2,
        "does not match");
  }

  @Test
  void fragmentsTheTargetAlsoMatchesOrWholeIds() {
    on46.none(
        "a.py",
        """
        if "claude" in model_id or "anthropic." in model_id or "sonnet" in model_id:
            pass
        if model_id.startswith("anthropic.claude-3-5-sonnet-20240620-v1:0"):
            pass
        if "claude-3-5-sonnet-latest" in model_id:
            pass
        """);
  }

  @Test
  void otherFamiliesAndModelsNotReplaced() {
    on46.none(
        "b.py",
        """
        if "claude-3-haiku" in model_id or "claude-3-5-haiku" in model_id:
            pass
        if "claude-3-opus" in model_id:
            pass
        if model_id.startswith("anthropic.claude-opus-4"):
            pass
        """);
  }

  @Test
  void notATest() {
    on46.none(
        "c.py",
        """
        # if "claude-3" in model_id: use the Messages body
        PRICES = {"claude-3-5-sonnet": 3.0, "claude-3-7": 3.0}
        LABEL = "claude-3-5-sonnet"
        names = ["claude-3", "claude-3-5"]
        for name in ["claude-3"]:
            print(name)
        doc = "use model_id.startswith('claude-3') to pick the body"
        """);
    on46.none(
        "README.md",
        """
        Pick the body with `if "claude-3" in model_id:`.
        """);
  }

  @Test
  void fileWithABranchForTheTargetGeneration() {
    on46.none(
        "caps.go",
        """
        package caps

        func thinking(m string) bool {
        	if strings.Contains(m, "claude-3-7") {
        		return true
        	}
        	return strings.Contains(m, "claude-sonnet-4")
        }
        """);
  }

  @Test
  void conditionWithAnAlternativeTheTargetPasses() {
    on46.none(
        "vision.ts",
        """
        return (
          model.includes("vision") ||
          model.includes("claude-3") ||
          model.includes("claude")
        );
        """);
  }

  @Test
  void guardThatRejectsTheOldGeneration() {
    on46.none(
        "llm.py",
        """
        if model_id.startswith("anthropic.claude-3"):
            raise ValueError("use the chat class for Claude 3")
        """);
    on46.none(
        "llm.ts",
        """
        if (id.startsWith("anthropic.claude-3")) throw new Error("use chat");
        """);
  }

  @Test
  void listingsOfModelsAreNotAModelId() {
    on46.none(
        "check.py",
        """
        models = bedrock.list_foundation_models()
        if "anthropic.claude-3" in str(models):
            print("found")
        if "claude-3-7" in model_list_text:
            pass
        """);
    on46.none(
        "check.ts",
        """
        if (JSON.stringify(models).includes("anthropic.claude-3")) { ok(); }
        """);
  }

  @Test
  void triggersComeFromTheCatalog() {
    Catalog c = Catalog.builtin();
    FamilyFragments f = new FamilyFragments(c, c.target("sonnet-4.6").orElseThrow());
    assertEquals(
        List.of("claude-3", "claude-sonnet-4-2", "claude-sonnet-4-0", "claude-sonnet-4-5"),
        f.triggers());
    FamilyFragments on4 = new FamilyFragments(c, c.target("sonnet-4").orElseThrow());
    assertEquals(List.of("claude-3"), on4.triggers());
  }
}
