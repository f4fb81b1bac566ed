package dev.claudemigrate.engine.rules.prefill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
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

  /** The same prefilled request, sent to {@code model} (a literal, or {@code MODEL}'s value). */
  private static String request(String modelLine, String model) {
    return """
        import anthropic
        MODEL = "%s"
        out = client.messages.create(
            %s,
            max_tokens=800,
            messages=[
                {"role": "user", "content": question},
                {"role": "assistant", "content": "{"},
            ],
        )
        """
        .formatted(model, modelLine);
  }

  @Test
  void onlyRequestsTheMigrationSendsToTheTargetAreJudged() {
    // Before: every prefilled request was judged by the target, a Haiku one included.
    // After: the request's own model decides whether the target's rule applies.
    for (String other :
        List.of(
            "us.anthropic.claude-haiku-4-5-20251001-v1:0",
            "global.anthropic.claude-opus-4-5-20251101-v1:0",
            "claude-3-5-haiku-20241022")) {
      on46.none("other.py", request("model=\"" + other + "\"", other));
      on46.none("other.py", request("model=MODEL", other));
    }
    for (String moved :
        List.of(
            "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
            "anthropic.claude-sonnet-4-5-20250929-v1:0",
            "global.anthropic.claude-sonnet-4-6")) {
      on46.one("moved.py", request("model=MODEL", moved), 8, "Claude Sonnet 4.6 rejects");
      on46.one("moved.py", request("model=\"" + moved + "\"", moved), 8, "prefill");
    }
    // No model visible (a parameter, a name assigned twice): judged.
    on46.one("unknown.py", request("model=model_id", "x"), 8, "prefill");
    on46.one(
        "twice.py",
        request("model=MODEL", "anthropic.claude-haiku-4-5-20251001-v1:0")
            + "MODEL = \"anthropic.claude-sonnet-4-6\"\n",
        8,
        "prefill");
  }

  @Test
  void converseModelIdDecidesToo() {
    String converse =
        """
        const cmd = new ConverseCommand({
          modelId: "%s",
          messages: [
            { role: "user", content: [{ text: prompt }] },
            { role: "assistant", content: [{ text: "[" }] },
          ],
        });
        """;
    on46.none("ask.ts", converse.formatted("us.anthropic.claude-haiku-4-5-20251001-v1:0"));
    on46.one(
        "ask.ts", converse.formatted("us.anthropic.claude-3-7-sonnet-20250219-v1:0"), 5, "prefill");
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
