package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.source.Context;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Before: files in languages without a grammar here (Ruby, PHP, Swift, Dart, Scala, ...), markup
 * (HTML, XML, Vue) and INI/HOCON configuration were not read at all, so a model ID in them was
 * missed. They are read lexically: strings rewritten, comments noted, tests reported, and the text
 * of a page or template treated as documentation. Expected text is built from the target model.
 */
class ModelIdLexicalLanguagesTest {
  private final RewriteTester t = new RewriteTester(new ModelIdRule());
  private final Model to = t.context().targetModel();

  @Test
  void rubyStringsAreRewrittenAndCommentsAndBlockCommentsAreNot() {
    String before =
        """
        # was anthropic.claude-3-sonnet-20240229-v1:0
        =begin
        old default: anthropic.claude-3-sonnet-20240229-v1:0
        =end
        class Chat
          MODEL_ID = "anthropic.claude-3-5-sonnet-20240620-v1:0"
          def client = Aws::BedrockRuntime::Client.new(region: 'us-east-1')
          def label = "Model: #{MODEL_ID}"
        end
        """;
    List<Finding> f =
        t.rewrites(
            "lib/chat.rb",
            before,
            before.replace(
                "\"anthropic.claude-3-5-sonnet-20240620-v1:0\"", '"' + to.profileId("us") + '"'));
    assertEquals(3, f.size());
    assertEquals(Context.COMMENT, f.get(0).context());
    assertEquals(Context.COMMENT, f.get(1).context());
    assertEquals(Context.STRING_LITERAL, f.get(2).context());
  }

  @Test
  void phpSwiftDartAndScalaStringsAreRewritten() {
    for (String[] c :
        new String[][] {
          {"src/Chat.php", "<?php\n#[Route('/chat')]\n$model = 'claude-3-5-sonnet-20241022';\n"},
          {"Sources/Chat.swift", "let model = \"claude-3-5-sonnet-20241022\" // default\n"},
          {"lib/chat.dart", "const model = '''claude-3-5-sonnet-20241022''';\n"},
          {"src/main/scala/Chat.scala", "val model = \"claude-3-5-sonnet-20241022\"\n"},
        }) {
      List<Finding> f =
          t.rewrites(c[0], c[1], c[1].replace("claude-3-5-sonnet-20241022", to.anthropicId()));
      assertEquals(1, f.size(), c[0]);
      assertEquals(Context.STRING_LITERAL, f.get(0).context(), c[0]);
    }
  }

  @Test
  void testsOfTheseLanguagesAreReportedNotRewritten() {
    for (String path :
        List.of(
            "spec/chat_spec.rb", "tests/ChatTest.php", "Tests/ChatTests.swift", "x_test.dart")) {
      List<Finding> f = t.findings(path, "model = \"anthropic.claude-3-5-sonnet-20240620-v1:0\"\n");
      assertEquals(1, f.size(), path);
      assertTrue(f.get(0).edits().isEmpty(), path);
    }
  }

  @Test
  void markupValuesAndScriptsAreRewrittenPageTextIsDocumentation() {
    String before =
        """
        <template>
          <p>Answers come from anthropic.claude-3-5-sonnet-20240620-v1:0.</p>
        </template>
        <!-- anthropic.claude-3-5-sonnet-20240620-v1:0 -->
        <script setup lang="ts">
        const region = 'us-east-1'
        const model = ref('anthropic.claude-3-5-sonnet-20240620-v1:0') // it's the default
        </script>
        """;
    List<Finding> f =
        t.rewrites(
            "web/App.vue",
            before,
            before.replace(
                "ref('anthropic.claude-3-5-sonnet-20240620-v1:0')",
                "ref('" + to.profileId("us") + "')"));
    assertEquals(
        List.of(Context.DOCUMENTATION, Context.COMMENT, Context.STRING_LITERAL),
        f.stream().map(Finding::context).toList());
    assertEquals(Severity.INFO, f.get(0).severity());
  }

  @Test
  void xmlAttributesAndElementTextAreConfiguration() {
    String before =
        "<beans region=\"us-east-1\">\n"
            + "  <property name=\"modelId\" value=\"us.anthropic.claude-3-7-sonnet-20250219-v1:0\"/>\n"
            + "  <model>us.anthropic.claude-3-7-sonnet-20250219-v1:0</model>\n"
            + "</beans>\n";
    List<Finding> f =
        t.rewrites(
            "src/main/resources/beans.xml",
            before,
            before.replace("us.anthropic.claude-3-7-sonnet-20250219-v1:0", to.profileId("us")));
    assertEquals(2, f.size());
    assertEquals(Context.CONFIG_VALUE, f.get(1).context());
  }

  @Test
  void hoconAndIniValuesAreRewrittenTheirCommentsAreNot() {
    String before =
        """
        // model for the chat service
        # was claude-3-5-sonnet-20241022
        chat.model = "claude-3-5-sonnet-20241022"
        """;
    List<Finding> f =
        t.rewrites(
            "conf/application.conf",
            before,
            before.replace("\"claude-3-5-sonnet-20241022\"", '"' + to.anthropicId() + '"'));
    assertEquals(
        List.of(Context.COMMENT, Context.CONFIG_VALUE), f.stream().map(Finding::context).toList());
    String ini = "; old: claude-3-5-sonnet-20241022\n[chat]\nmodel = claude-3-5-sonnet-20241022\n";
    t.rewrites(
        "setup.cfg",
        ini,
        ini.replace("model = claude-3-5-sonnet-20241022", "model = " + to.anthropicId()));
  }

  @Test
  void cloudFormationCfnTemplatesAreReadAsYaml() {
    String before =
        "Parameters:\n  ModelId:\n    Type: String\n"
            + "    Default: anthropic.claude-3-5-sonnet-20240620-v1:0\n";
    List<Finding> f = t.findings("infra/stack.cfn", before);
    assertEquals(1, f.size());
    assertEquals(Context.CONFIG_VALUE, f.get(0).context());
  }
}
