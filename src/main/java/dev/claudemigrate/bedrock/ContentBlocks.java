package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.ReasoningContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ReasoningTextBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/**
 * The adapter boundary for answer content: the SDK's {@code ContentBlock}s become {@link Content}
 * and, for a conversation that goes on (a tool result after a tool call), back again.
 */
public final class ContentBlocks {
  private ContentBlocks() {}

  /** The answer's blocks in this project's terms, in order. */
  static List<Content> fromSdk(List<ContentBlock> blocks) {
    return blocks.stream().map(ContentBlocks::fromSdk).toList();
  }

  private static Content fromSdk(ContentBlock b) {
    if (b.text() != null) {
      return new Content.Text(b.text());
    }
    if (b.toolUse() != null) {
      ToolUseBlock t = b.toolUse();
      return new Content.ToolUse(
          t.toolUseId(),
          t.name(),
          t.input() == null ? JsonNodeFactory.instance.objectNode() : Documents.toJson(t.input()));
    }
    ReasoningContentBlock r = b.reasoningContent();
    if (r != null && r.redactedContent() != null) {
      return new Content.RedactedReasoning(
          Base64.getEncoder().encodeToString(r.redactedContent().asByteArray()));
    }
    if (r != null) {
      ReasoningTextBlock t = r.reasoningText();
      return new Content.Reasoning(
          t == null || t.text() == null ? "" : t.text(), t == null ? null : t.signature());
    }
    return new Content.Other(String.valueOf(b.type()));
  }

  /**
   * The assistant message that carried {@code content}, to append to the conversation.
   *
   * @throws IllegalArgumentException for an {@link Content.Other} block, which cannot be rebuilt
   */
  public static Message assistant(List<Content> content) {
    return Message.builder()
        .role(ConversationRole.ASSISTANT)
        .content(content.stream().map(ContentBlocks::toSdk).toList())
        .build();
  }

  private static ContentBlock toSdk(Content c) {
    if (c instanceof Content.Text t) {
      return ContentBlock.fromText(t.text());
    }
    if (c instanceof Content.ToolUse t) {
      return ContentBlock.fromToolUse(
          ToolUseBlock.builder()
              .toolUseId(t.id())
              .name(t.name())
              .input(Documents.of(t.input()))
              .build());
    }
    if (c instanceof Content.Reasoning r) {
      return ContentBlock.fromReasoningContent(
          ReasoningContentBlock.fromReasoningText(
              ReasoningTextBlock.builder().text(r.text()).signature(r.signature()).build()));
    }
    if (c instanceof Content.RedactedReasoning r) {
      return ContentBlock.fromReasoningContent(
          ReasoningContentBlock.fromRedactedContent(
              SdkBytes.fromByteArray(Base64.getDecoder().decode(r.dataBase64()))));
    }
    throw new IllegalArgumentException(
        "a " + ((Content.Other) c).type() + " block cannot be sent back");
  }
}
