package dev.claudemigrate.engine.rules.prefill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * The catalog says Sonnet 4.6 rejects prefill ({@code prefill: error}) and Sonnet 4.5 accepts it.
 */
class PrefillRuleTest {
  private final ReportTester on46 = new ReportTester(new PrefillRule(), "sonnet-4.6");
  private final ReportTester on45 = new ReportTester(new PrefillRule(), "sonnet-4.5");

  private Finding reportedOn46Only(String path, String src, int line) {
    Finding f = on46.one(path, src, line, "assistant turn (prefill)", "Claude Sonnet 4.6 rejects");
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.fix().contains("system prompt"), f.fix());
    on46.triggeredBy(src);
    on45.none(path, src);
    return f;
  }

  @Test
  void pythonMessagesCreate() {
    Finding f =
        reportedOn46Only(
            "extract.py",
            """
            import anthropic
            out = client.messages.create(
                model=MODEL,
                max_tokens=800,
                messages=[
                    {"role": "user", "content": question},
                    {"role": "assistant", "content": "<answer>"},
                ],
            )
            """,
            7);
    assertEquals("\"role\": \"assistant\"", f.matched());
  }

  @Test
  void typescriptConverseAndInvokeModelJson() {
    reportedOn46Only(
        "ask.ts",
        """
        const cmd = new ConverseCommand({
          modelId: "anthropic.claude-sonnet-4-6",
          messages: [
            { role: "user", content: [{ text: prompt }] },
            { role: "assistant", content: [{ text: "[" }] },
          ],
        });
        """,
        5);
    reportedOn46Only(
        "body.json",
        """
        {
          "anthropic_version": "bedrock-2023-05-31",
          "max_tokens": 400,
          "messages": [
            {"role": "user", "content": "Name three colours."},
            {"role": "assistant", "content": "1."}
          ]
        }
        """,
        6);
  }

  @Test
  void yaml() {
    reportedOn46Only(
        "request.yaml",
        """
        model: us.anthropic.claude-sonnet-4-6
        max_tokens: 300
        messages:
          - role: user
            content: Summarise the ticket.
          - role: assistant
            content: "Summary:"
        """,
        6);
  }

  @Test
  void javaSdkBuilder() {
    reportedOn46Only(
        "Ask.java",
        """
        class Ask {
          // Anthropic SDK
          MessageCreateParams p = MessageCreateParams.builder()
              .model(Model.CLAUDE_SONNET_4_5)
              .maxTokens(500)
              .addUserMessage(question)
              .addAssistantMessage("{")
              .build();
        }
        """,
        7);
  }

  @Test
  void notAPrefill() {
    for (ReportTester t : new ReportTester[] {on46, on45}) {
      t.none(
          "chat.py",
          """
          # anthropic
          out = client.messages.create(model=M, max_tokens=800, messages=[
              {"role": "user", "content": "hi"},
              {"role": "assistant", "content": "Hello!"},
              {"role": "user", "content": "What is Bedrock?"},
          ])
          history = [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
          later = client.messages.create(model=M, max_tokens=800, messages=history)
          more = client.messages.create(model=M, max_tokens=8, messages=[{"role": "assistant", "content": x}, *rest])
          # messages=[{"role": "user"}, {"role": "assistant", "content": "{"}]
          """);
      t.none(
          "Ask.java",
          """
          class Ask { // anthropic
            Object p = MessageCreateParams.builder().model(M).addAssistantMessage("hi").addUserMessage(q).build();
          }
          """);
      t.none(
          "other.py",
          """
          out = openai.chat.completions.create(model="gpt-4o", messages=[
              {"role": "user", "content": q}, {"role": "assistant", "content": "{"}])
          """);
    }
  }

  @Test
  void infoIsReportOnlyBehaviour() {
    var info = new PrefillRule().info();
    assertEquals("prefill", info.id());
    assertEquals(Category.BEHAVIOUR, info.category());
    assertTrue(!info.fixable() && info.docsUrl().endsWith("/docs/rules/prefill.md"));
  }
}
