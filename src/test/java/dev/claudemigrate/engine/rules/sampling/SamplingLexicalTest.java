package dev.claudemigrate.engine.rules.sampling;

import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * ADR 0108. Before: a PHP, Ruby or Dart Claude request setting both {@code temperature} and {@code
 * top_p} was not read; now its literal object is.
 */
class SamplingLexicalTest {
  private final ReportTester t = new ReportTester(new SamplingRule());

  private static final String PHP =
      """
      <?php
      $result = $client->invokeModel([
          'modelId' => 'anthropic.claude-3-5-sonnet-20240620-v1:0',
          'body' => json_encode([
              'anthropic_version' => 'bedrock-2023-05-31',
              'temperature' => 0.5,
              'top_p' => 0.9,
          ]),
      ]);
      """;

  @Test
  void aPhpBodyWithBothIsReported() {
    t.one("src/Claude.php", PHP, 7, "'top_p'", "'temperature'");
    t.none("src/Claude.php", PHP.replace("'top_p' => 0.9,", "'top_k' => 250,"));
  }

  @Test
  void rubyKeywordArgumentsWithBothAreReportedAndSeparateObjectsAreNot() {
    String ruby =
        """
        client.messages.create(model: "claude-3-5-sonnet-20241022", max_tokens: 1024,
                               temperature: 0.2, top_p: 0.8, messages: msgs)
        """;
    t.one("lib/chat.rb", ruby, 2, "'top_p'");
    t.none(
        "lib/chat.rb",
        """
        MODEL = "claude-3-5-sonnet-20241022"
        defaults = { temperature: 0.2 }
        other = { top_p: 0.8 }
        """);
  }

  /** Field (a Ruby gem's spec helpers): a request built in test code is information. */
  @Test
  void aRequestInTestCodeIsInformation() {
    String ruby =
        """
        # claude-3-5-sonnet-20241022
        let(:options) { { max_tokens: 100, temperature: 0.5, top_p: 0.9 } }
        """;
    org.junit.jupiter.api.Assertions.assertEquals(
        dev.claudemigrate.engine.model.Severity.INFO,
        t.one("spec/support/helpers.rb", ruby, 2, "'top_p'").severity());
    org.junit.jupiter.api.Assertions.assertNotEquals(
        dev.claudemigrate.engine.model.Severity.INFO,
        t.one("lib/client.rb", ruby, 2, "'top_p'").severity());
  }

  @Test
  void aSwiftMethodDeclaringBothParametersIsNotARequest() {
    t.none(
        "Sources/Mock.swift",
        """
        // claude-3-5-sonnet-20241022
        struct MockSender: MessageSendable {
            func createMessage(_ messages: [Message], temperature: Double?, topP: Double?) async throws -> Reply {
                fatalError()
            }
        }
        """);
  }
}
