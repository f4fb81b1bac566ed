package dev.claudemigrate.bedrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.ReasoningContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ReasoningTextBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/** The adapter boundary: SDK blocks become {@link Content} and come back as the same message. */
class ContentBlocksTest {
  private static final List<ContentBlock> SDK =
      List.of(
          ContentBlock.fromReasoningContent(
              ReasoningContentBlock.fromReasoningText(
                  ReasoningTextBlock.builder().text("look first").signature("sig").build())),
          ContentBlock.fromReasoningContent(
              ReasoningContentBlock.fromRedactedContent(SdkBytes.fromUtf8String("opaque"))),
          ContentBlock.fromText("I will look."),
          ContentBlock.fromToolUse(
              ToolUseBlock.builder()
                  .toolUseId("tu-1")
                  .name("str_replace_based_edit_tool")
                  .input(Documents.of(json("{\"command\":\"view\",\"path\":\"/a.py\"}")))
                  .build()));

  private static JsonNode json(String s) {
    try {
      return new ObjectMapper().readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void sdkBlocksBecomeTheProjectsOwnContent() {
    List<Content> c = ContentBlocks.fromSdk(SDK);
    assertEquals(
        List.of(
            new Content.Reasoning("look first", "sig"),
            new Content.RedactedReasoning("b3BhcXVl"),
            new Content.Text("I will look."),
            new Content.ToolUse(
                "tu-1",
                "str_replace_based_edit_tool",
                json("{\"command\":\"view\",\"path\":\"/a.py\"}"))),
        c);
  }

  @Test
  void theAssistantMessageSentBackIsTheOneReceived() {
    Message back = ContentBlocks.assistant(ContentBlocks.fromSdk(SDK));
    assertEquals(Message.builder().role(ConversationRole.ASSISTANT).content(SDK).build(), back);
    assertThrows(
        IllegalArgumentException.class,
        () -> ContentBlocks.assistant(List.of(new Content.Other("IMAGE"))));
  }
}
