package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * C# programs (the AWS SDK for .NET, or the Anthropic API over HTTP): before, {@code .cs} files
 * were not read at all. A model ID in a string (a constant, a property, a request's {@code
 * ModelId}) is rewritten in its form; one in a comment is reported as info, never rewritten.
 */
class ModelIdCSharpTest {
  private final RewriteTester t =
      new RewriteTester(
          new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6", Optional.of("us-west-2"));

  @Test
  void anApiNameInAConstantIsRewritten() {
    String before =
        """
        public sealed class Assistant
        {
            private const string Model = "claude-3-5-sonnet-20240620";
            public string Name => $"Assistant ({Model})";
            public char Mark => '"';
        }
        """;
    t.rewrites(
        "src/Bot/Assistant.cs",
        before,
        before.replace("claude-3-5-sonnet-20240620", "claude-sonnet-4-6"));
  }

  @Test
  void aConverseRequestModelIdIsRewritten() {
    String before =
        """
        using Amazon.BedrockRuntime.Model;

        var request = new ConverseRequest
        {
            ModelId = "anthropic.claude-3-5-sonnet-20240620-v1:0",
            Messages = new List<Message>(),
        };
        var path = @"C:\\temp\\out.txt";
        """;
    t.rewrites(
        "Program.cs",
        before,
        before.replace(
            "anthropic.claude-3-5-sonnet-20240620-v1:0", "us.anthropic.claude-sonnet-4-6"));
  }

  @Test
  void aCommentedOutIdIsInfoAndNotRewritten() {
    String text =
        """
        // ModelId = "anthropic.claude-3-5-sonnet-20241022-v2:0",
        /* const string Old = "us.anthropic.claude-3-7-sonnet-20250219-v1:0"; */
        /// <summary>Try "anthropic.claude-3-5-sonnet-20240620-v1:0" too.</summary>
        const string ModelId = "meta.llama3-8b-instruct-v1:0";
        """;
    List<Finding> f = t.reportsOnly("Program.cs", text, 3);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f.toString());
  }

  /**
   * Before: {@code RegionEndpoint.EUCentral1} stated no region, and a base ID with no other region
   * in sight listed the profile options. Now the .NET SDK's region decides the prefix.
   */
  @Test
  void aDotnetRegionEndpointDecidesTheProfilePrefix() {
    RewriteTester noRegion =
        new RewriteTester(
            new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6", Optional.empty());
    String before =
        """
        var client = new AmazonBedrockRuntimeClient(RegionEndpoint.EUCentral1);
        var request = new InvokeModelRequest { ModelId = "anthropic.claude-3-5-sonnet-20240620-v1:0" };
        """;
    noRegion.rewrites(
        "Program.cs",
        before,
        before.replace(
            "anthropic.claude-3-5-sonnet-20240620-v1:0", "eu.anthropic.claude-sonnet-4-6"));
    String byName = before.replace("EUCentral1", "GetBySystemName(\"us-east-2\")");
    noRegion.rewrites(
        "Program.cs",
        byName,
        byName.replace(
            "anthropic.claude-3-5-sonnet-20240620-v1:0", "us.anthropic.claude-sonnet-4-6"));
    String mixed = before.replace("RegionEndpoint.EUCentral1", "RegionEndpoint.USWest2") + before;
    assertFalse(noRegion.findings("Program.cs", mixed).get(0).fixable());
  }

  @Test
  void aVerbatimOrRawStringIsStillAString() {
    String before =
        """
        var body = \"""
            {"model": "claude-3-5-sonnet-20240620", "max_tokens": 100}
            \""";
        """;
    t.rewrites(
        "Client.cs", before, before.replace("claude-3-5-sonnet-20240620", "claude-sonnet-4-6"));
  }
}
