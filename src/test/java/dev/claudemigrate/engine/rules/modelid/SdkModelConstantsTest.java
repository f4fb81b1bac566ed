package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.SdkConstants;
import dev.claudemigrate.catalog.SdkConstants.Sdk;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.rule.RuleContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SDK constants that name a replaced model: the target's constant where the build file pins a
 * version that declares it, else the ID string where a string fits, else a report.
 */
class SdkModelConstantsTest {
  private final ModelIdRule rule = new ModelIdRule();
  private final RuleContext ctx = new RewriteTester(rule).context();
  private final Model to = ctx.targetModel();
  private final SdkConstants data = SdkConstants.builtin();

  @TempDir Path root;

  private static final String GO_MAIN =
      """
      package main

      import "github.com/anthropics/anthropic-sdk-go"

      func ask(c anthropic.Client) {
      	c.Messages.New(ctx, anthropic.MessageNewParams{
      		Model:     anthropic.ModelClaude_3_5_Sonnet_20240620,
      		MaxTokens: 1024,
      	})
      }
      """;

  private static final String JAVA_MAIN =
      """
      import com.anthropic.models.messages.MessageCreateParams;
      import com.anthropic.models.messages.Model;

      class Ask {
        MessageCreateParams params() {
          return MessageCreateParams.builder()
              .model(Model.CLAUDE_3_5_SONNET_20241022)
              .maxTokens(1024)
              .build();
        }
        static final Model DEFAULT = Model.CLAUDE_3_5_SONNET_LATEST;
      }
      """;

  private List<Finding> check(String rel, String text) throws IOException {
    return ProjectFiles.check(root, rel, text, ctx);
  }

  private void write(String rel, String text) throws IOException {
    ProjectFiles.write(root, rel, text);
  }

  @Test
  void goConstantBecomesTheTargetsConstantWhenGoModPinsAVersionThatHasIt() throws IOException {
    SdkConstants.Constant target = data.constant(Sdk.GO, to.anthropicId()).orElseThrow();
    write(
        "go.mod",
        "module example.com/ask\n\nrequire github.com/anthropics/anthropic-sdk-go v"
            + target.since()
            + "\n");
    List<Finding> f = check("cmd/ask/main.go", GO_MAIN);
    assertEquals(1, f.size());
    assertEquals(
        GO_MAIN.replace("ModelClaude_3_5_Sonnet_20240620", target.name()),
        RewriteTester.apply(GO_MAIN, f));
    assertTrue(f.get(0).fix().contains("go.mod"), f.get(0).fix());
  }

  @Test
  void goConstantBecomesTheIdStringWhenThePinnedVersionIsTooOld() throws IOException {
    write(
        "go.mod",
        "module example.com/ask\n\nrequire (\n\tgithub.com/anthropics/anthropic-sdk-go v0.2.0-alpha.3\n)\n");
    List<Finding> f = check("main.go", GO_MAIN);
    String after = RewriteTester.apply(GO_MAIN, f);
    assertEquals(
        GO_MAIN.replace(
            "anthropic.ModelClaude_3_5_Sonnet_20240620",
            "anthropic.Model(\"" + to.anthropicId() + "\")"),
        after);
    assertTrue(f.get(0).fix().contains("pins 0.2.0"), f.get(0).fix());
    assertEquals(List.of(), GoImports.unused(after));
  }

  @Test
  void javaConstantBecomesTheTargetsConstantWithAMavenPropertyVersion() throws IOException {
    SdkConstants.Constant target = data.constant(Sdk.JAVA, to.anthropicId()).orElseThrow();
    write(
        "pom.xml",
        "<project><properties><anthropic.version>"
            + target.since()
            + "</anthropic.version></properties><dependencies><dependency>"
            + "<groupId>com.anthropic</groupId><artifactId>anthropic-java</artifactId>"
            + "<version>${anthropic.version}</version></dependency></dependencies></project>\n");
    List<Finding> f = check("src/main/java/Ask.java", JAVA_MAIN);
    assertEquals(2, f.size());
    assertEquals(
        JAVA_MAIN
            .replace("CLAUDE_3_5_SONNET_20241022", target.name())
            .replace("CLAUDE_3_5_SONNET_LATEST", target.name()),
        RewriteTester.apply(JAVA_MAIN, f));
  }

  @Test
  void javaWithoutAPinnedVersionGetsTheIdStringAsAModelEverywhere() throws IOException {
    write(
        "build.gradle.kts",
        "dependencies { implementation(\"com.anthropic:anthropic-java:${libs.versions.anthropic}\") }\n");
    List<Finding> f = check("src/main/java/Ask.java", JAVA_MAIN);
    // Model.of(String) is in every release: a Model-typed field takes it, and the import stays
    // used.
    String typed = "Model.of(\"" + to.anthropicId() + "\")";
    assertEquals(
        JAVA_MAIN
            .replace("Model.CLAUDE_3_5_SONNET_20241022", typed)
            .replace("Model.CLAUDE_3_5_SONNET_LATEST", typed),
        RewriteTester.apply(JAVA_MAIN, f));
  }

  @Test
  void gradleLiteralVersionIsRead() throws IOException {
    SdkConstants.Constant target = data.constant(Sdk.JAVA, to.anthropicId()).orElseThrow();
    write(
        "build.gradle",
        "dependencies {\n  implementation 'com.anthropic:anthropic-java:"
            + target.since()
            + "'\n}\n");
    List<Finding> f =
        check(
            "src/main/kotlin/Ask.kt",
            "import com.anthropic.models.messages.Model\nval m = Model.CLAUDE_3_5_SONNET_20240620\n");
    assertEquals(target.name(), f.get(0).edits().get(0).replacement());
  }

  @Test
  void anotherLibrarysEnumIsReportedNotRewritten() throws IOException {
    List<Finding> f =
        check(
            "src/main/java/Chat.java",
            "import dev.langchain4j.model.anthropic.AnthropicChatModelName;\n"
                + "class Chat { Object m = AnthropicChatModelName.CLAUDE_3_5_SONNET_20240620; }\n");
    assertEquals(1, f.size());
    assertTrue(f.get(0).edits().isEmpty());
  }

  @Test
  void constantsOfModelsTheTargetDoesNotReplaceAreIgnored() throws IOException {
    List<Finding> f =
        check(
            "main.go",
            "package main\n\nimport \"github.com/anthropics/anthropic-sdk-go\"\n\n"
                + "var m = anthropic.ModelClaude_3_Haiku_20240307\n");
    assertEquals(List.of(), f);
  }
}
