package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SyntaxTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Field classes of holdout3 about SDK model constants: the ID-string fallback keeps the SDK's model
 * type (so a Go file keeps using its import and still compiles), and a constant in a comment or in
 * Markdown is found and reported, never rewritten.
 */
class SdkModelConstantsPlacesTest {
  private static final String TARGET_ID = "claude-sonnet-4-6";
  private final ModelIdRule rule = new ModelIdRule();
  private final RuleContext ctx =
      new RewriteTester(rule, MigrationSettings.defaults(), "sonnet-4.6").context();

  @TempDir Path root;

  /** A go.mod pinning a release older than the one that adds ModelClaudeSonnet4_6 (v1.23.0). */
  private static final String OLD_GO_MOD =
      "module example.com/chat\n\ngo 1.22\n\n"
          + "require github.com/anthropics/anthropic-sdk-go v0.2.0-alpha.13\n";

  /** An example whose only use of the SDK package is the model constant. */
  private static final String GO_EXAMPLE =
      """
      package main

      import (
      	"os"

      	"github.com/anthropics/anthropic-sdk-go"
      	"example.com/chat"
      )

      func main() {
      	p := chat.NewProvider(chat.Config{
      		Key:   os.Getenv("ANTHROPIC_API_KEY"),
      		Model: anthropic.ModelClaude3_5Sonnet20241022,
      	})
      	p.Run()
      }
      """;

  private List<Finding> check(String rel, String text) throws IOException {
    return ProjectFiles.check(root, rel, text, ctx);
  }

  private void write(String rel, String text) throws IOException {
    ProjectFiles.write(root, rel, text);
  }

  @Test
  void goFallbackKeepsTheModelTypeAndTheImportUsed() throws IOException {
    write("go.mod", OLD_GO_MOD);
    // Before: the bare string left the anthropic import unused, and Go does not compile that.
    String bare =
        GO_EXAMPLE.replace("anthropic.ModelClaude3_5Sonnet20241022", "\"" + TARGET_ID + "\"");
    assertEquals(List.of("anthropic"), GoImports.unused(bare));

    List<Finding> f = check("_examples/chat.go", GO_EXAMPLE);
    String after = RewriteTester.apply(GO_EXAMPLE, f);
    assertEquals(
        GO_EXAMPLE.replace(
            "anthropic.ModelClaude3_5Sonnet20241022", "anthropic.Model(\"" + TARGET_ID + "\")"),
        after);
    assertEquals(List.of(), GoImports.unused(after));
    assertFalse(SyntaxTree.parse(Language.GO, after).hasErrors());
  }

  @Test
  void goFallbackKeepsTheImportsOwnName() throws IOException {
    write("go.mod", OLD_GO_MOD);
    String before =
        """
        package main

        import sdk "github.com/anthropics/anthropic-sdk-go"

        var defaultModel = sdk.ModelClaude_3_5_Sonnet_20240620
        """;
    String after = RewriteTester.apply(before, check("main.go", before));
    assertEquals(
        before.replace("sdk.ModelClaude_3_5_Sonnet_20240620", "sdk.Model(\"" + TARGET_ID + "\")"),
        after);
    assertEquals(List.of(), GoImports.unused(after));
  }

  @Test
  void goTargetConstantWhereThePinnedReleaseHasIt() throws IOException {
    write("go.mod", OLD_GO_MOD.replace("v0.2.0-alpha.13", "v1.23.0"));
    String after = RewriteTester.apply(GO_EXAMPLE, check("main.go", GO_EXAMPLE));
    assertEquals(GO_EXAMPLE.replace("ModelClaude3_5Sonnet20241022", "ModelClaudeSonnet4_6"), after);
  }

  @Test
  void anotherPackagesConstantInAFileImportingTheSdkIsReportedNotRewritten() throws IOException {
    write("go.mod", OLD_GO_MOD);
    String wrapper =
        """
        package main

        import (
        	"github.com/anthropics/anthropic-sdk-go"
        	"example.com/llm"
        )

        var a = anthropic.ModelClaude3_7SonnetLatest
        var b = llm.ModelClaude3_5Sonnet20241022
        """;
    List<Finding> f = check("main.go", wrapper);
    assertEquals(2, f.size());
    assertEquals(1, f.get(0).edits().size());
    assertTrue(f.get(1).edits().isEmpty(), "llm has no Model type to convert a string to");
  }

  @Test
  void goConstantInACommentIsReportedAsInfoAndTheCodeIsStillRewritten() throws IOException {
    write("go.mod", OLD_GO_MOD);
    String before =
        """
        package chat

        import "github.com/anthropics/anthropic-sdk-go"

        // NewProvider makes a provider, for example:
        //
        //	p := NewProvider(Config{
        //	    Model:  anthropic.ModelClaude_3_5_Sonnet_20240620,
        //	})
        func NewProvider(c Config) *Provider {
        	if c.Model == "" {
        		c.Model = anthropic.ModelClaude3_7SonnetLatest
        	}
        	return &Provider{c}
        }
        """;
    List<Finding> f = check("provider.go", before);
    assertEquals(2, f.size());
    Finding comment = f.get(0);
    assertEquals(Context.COMMENT, comment.context());
    assertEquals(Severity.INFO, comment.severity());
    assertTrue(comment.edits().isEmpty());
    assertEquals(8, comment.span().line());
    assertEquals(
        before.replace(
            "anthropic.ModelClaude3_7SonnetLatest", "anthropic.Model(\"" + TARGET_ID + "\")"),
        RewriteTester.apply(before, f));
  }

  @Test
  void javaConstantInACommentIsReportedAsInfo() throws IOException {
    String before =
        """
        import com.anthropic.models.messages.Model;

        class Ask {
          // was .model(Model.CLAUDE_3_5_SONNET_20241022)
          Model m = Model.CLAUDE_3_5_SONNET_20241022;
        }
        """;
    List<Finding> f = check("src/main/java/Ask.java", before);
    assertEquals(2, f.size());
    assertEquals(Severity.INFO, f.get(0).severity());
    assertTrue(f.get(0).edits().isEmpty());
    String after = RewriteTester.apply(before, f);
    assertEquals(
        before.replace(
            "Model m = Model.CLAUDE_3_5_SONNET_20241022",
            "Model m = Model.of(\"" + TARGET_ID + "\")"),
        after);
    assertFalse(SyntaxTree.parse(Language.JAVA, after).hasErrors());
  }

  @Test
  void constantsInMarkdownAreReportedAsInfoAndNeverEdited() throws IOException {
    String doc =
        """
        # Providers

        ```go
        provider := goai.NewAnthropicLLMProvider(goai.AnthropicProviderConfig{
            Model:  anthropic.ModelClaude3_5Sonnet20241022,
        })
        ```

        Java: pass `Model.CLAUDE_3_5_SONNET_20241022` to `.model(...)`.
        """;
    List<Finding> f = check("docs/llm.md", doc);
    assertEquals(2, f.size());
    for (Finding x : f) {
      assertEquals(Context.DOCUMENTATION, x.context());
      assertEquals(Severity.INFO, x.severity());
      assertTrue(x.edits().isEmpty());
    }
    assertEquals(List.of(5, 9), f.stream().map(x -> x.span().line()).toList());
  }

  @Test
  void aConstantsNameInAStringIsNotAUse() throws IOException {
    String before =
        """
        package main

        import "github.com/anthropics/anthropic-sdk-go"

        var help = "set Model to anthropic.ModelClaude3_5Sonnet20241022 or newer"
        var m anthropic.Model
        """;
    assertEquals(List.of(), check("main.go", before));
  }
}
