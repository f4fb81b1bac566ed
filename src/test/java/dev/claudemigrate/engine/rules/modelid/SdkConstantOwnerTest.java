package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.rule.RuleContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Field class of issue 9 (holdout4): an application's own enum constant ({@code
 * SupportedModel.CLAUDE_SONNET_4_5}, statically imported from the application's package) was taken
 * for an SDK constant and reported with "use this library's constant". Only the Anthropic SDK's
 * {@code Model} (imported from {@code com.anthropic.models...} or fully qualified) is an SDK
 * constant; another library's is reported as that library's; the project's own gives no finding
 * here, since the value it is declared with is the use.
 */
class SdkConstantOwnerTest {
  private final RuleContext ctx = new RewriteTester(new ModelIdRule()).context();

  @TempDir Path root;

  private List<Finding> check(String rel, String text) throws IOException {
    return ProjectFiles.check(root, rel, text, ctx);
  }

  @Test
  void theAppsOwnEnumConstantIsNotAnSdkConstant() throws IOException {
    // Before: one warning per line below, "SDK constant CLAUDE_SONNET_4_5 ... use this library's
    // constant".
    assertEquals(
        List.of(),
        check(
            "src/main/java/com/acme/chat/web/ChatController.java",
            """
            package com.acme.chat.web;

            import static com.acme.chat.models.SupportedModel.CLAUDE_SONNET_4_5;

            import com.acme.chat.models.SupportedModel;

            class ChatController {
              String id() { return CLAUDE_SONNET_4_5.getModelId(); }
              SupportedModel m = SupportedModel.CLAUDE_SONNET_4_5;
            }
            """));
    // The same package needs no import; a Kotlin file reads alike.
    assertEquals(
        List.of(),
        check(
            "src/main/kotlin/com/acme/chat/models/Pick.kt",
            "package com.acme.chat.models\n\nval m = SupportedModel.CLAUDE_SONNET_4_5\n"));
  }

  @Test
  void anAppEnumNamedLikeTheSdkTypeIsNotRewrittenInAFileUsingTheSdk() throws IOException {
    // Before: its name ends with Model and the file imports com.anthropic, so it was rewritten to
    // SupportedModel.of("..."), which the app's enum does not have.
    List<Finding> f =
        check(
            "src/main/java/com/acme/chat/Ask.java",
            """
            package com.acme.chat;

            import com.anthropic.client.AnthropicClient;
            import com.acme.chat.models.SupportedModel;

            class Ask {
              SupportedModel m = SupportedModel.CLAUDE_3_5_SONNET_20241022;
            }
            """);
    assertEquals(List.of(), f);
  }

  @Test
  void theSdksModelStaysAnSdkConstant() throws IOException {
    String imported =
        """
        package com.acme.chat;

        import com.anthropic.models.messages.Model;

        class Ask {
          Model m = Model.CLAUDE_3_5_SONNET_20241022;
        }
        """;
    List<Finding> f = check("src/main/java/com/acme/chat/Ask.java", imported);
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("(SDK constant CLAUDE_3_5_SONNET_20241022)"));
    assertEquals(1, f.get(0).edits().size());
    String qualified =
        "package com.acme.chat;\n\nclass Ask {\n  Object m ="
            + " com.anthropic.models.Model.CLAUDE_3_5_SONNET_20241022;\n}\n";
    assertEquals(1, check("src/main/java/com/acme/chat/Ask.java", qualified).get(0).edits().size());
    String wildcard = imported.replace("messages.Model;", "messages.*;");
    assertEquals(1, check("src/main/java/com/acme/chat/Ask.java", wildcard).get(0).edits().size());
  }

  @Test
  void aStaticImportOfAnSdkConstantIsReportedNotRewritten() throws IOException {
    // Rewriting the import alone would leave the uses of the old name below it undeclared.
    List<Finding> f =
        check(
            "src/main/java/com/acme/chat/Ask.java",
            """
            package com.acme.chat;

            import static com.anthropic.models.messages.Model.CLAUDE_3_5_SONNET_20241022;

            class Ask {
              Object m = CLAUDE_3_5_SONNET_20241022;
            }
            """);
    assertEquals(1, f.size());
    assertTrue(f.get(0).edits().isEmpty());
    assertTrue(f.get(0).message().contains("SDK constant"), f.get(0).message());
  }

  @Test
  void anotherLibrarysConstantIsStillReportedAsThatLibrarys() throws IOException {
    List<Finding> f =
        check(
            "src/main/java/com/acme/chat/Chat.java",
            """
            package com.acme.chat;

            import static dev.langchain4j.model.anthropic.AnthropicChatModelName.CLAUDE_3_5_SONNET_20240620;

            class Chat {}
            """);
    assertEquals(1, f.size());
    assertTrue(f.get(0).edits().isEmpty());
    assertTrue(
        f.get(0).message().contains("constant dev.langchain4j.model.anthropic"),
        f.get(0).message());
    assertTrue(f.get(0).fix().startsWith("use this library's constant"), f.get(0).fix());
  }
}
