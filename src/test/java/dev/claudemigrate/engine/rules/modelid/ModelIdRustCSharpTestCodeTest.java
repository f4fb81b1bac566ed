package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * ADR 0104. Before: a model ID in a Rust {@code #[cfg(test)] mod tests { ... }} block of a normal
 * source file, or in a C# test project ({@code MyApp.Tests/}) or an xUnit/NUnit/MSTest file named
 * {@code *Tests.cs}, was rewritten as application code. Now it is reported as test code and never
 * edited, like the other languages' tests; the code outside the test module is rewritten as before.
 */
class ModelIdRustCSharpTestCodeTest {
  private final RewriteTester t =
      new RewriteTester(
          new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6", Optional.of("us-west-2"));

  private static final String RUST =
      """
      const MODEL_ID: &str = "us.anthropic.claude-3-7-sonnet-20250219-v1:0";

      pub fn model() -> &'static str {
          MODEL_ID
      }

      #[cfg(test)]
      mod tests {
          use super::*;

          #[test]
          fn parses_profile() {
              let id = "us.anthropic.claude-3-5-sonnet-20240620-v1:0";
              assert!(id.starts_with("us."));
          }
      }
      """;

  @Test
  void aModelIdInACfgTestModuleIsTestCodeAndTheRestIsRewritten() {
    List<Finding> found = t.findings("src/config.rs", RUST);
    assertEquals(2, found.size(), found.toString());
    Finding app = found.get(0);
    Finding test = found.get(1);
    assertFalse(app.test());
    assertFalse(app.edits().isEmpty());
    assertTrue(test.test(), test.toString());
    assertEquals(Severity.INFO, test.severity());
    assertTrue(test.edits().isEmpty());
    assertTrue(test.fix().contains("test code"), test.fix());
  }

  @Test
  void withoutCfgTestTheModuleIsApplicationCode() {
    List<Finding> found = t.findings("src/config.rs", RUST.replace("#[cfg(test)]\n", ""));
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.stream().noneMatch(Finding::test), found.toString());
    assertTrue(found.stream().allMatch(f -> !f.edits().isEmpty()), found.toString());
  }

  @Test
  void aFileUnderCfgTestAsAWholeIsTestCode() {
    Finding f =
        t.reportsOnly(
                "src/fixtures.rs",
                "#![cfg(test)]\n\npub const ID: &str = \"anthropic.claude-3-5-sonnet-20240620-v1:0\";\n",
                1)
            .get(0);
    assertTrue(f.test());
  }

  private static final String CSHARP_TEST =
      """
      using Xunit;

      public class ModelConfigTests
      {
          [Fact]
          public void ReadsTheModel()
          {
              var id = "anthropic.claude-3-5-sonnet-20240620-v1:0";
              Assert.StartsWith("anthropic.", id);
          }
      }
      """;

  @Test
  void aCSharpTestProjectOrTestFileIsTestCode() {
    assertTrue(t.reportsOnly("MyApp.Tests/ModelConfig.cs", CSHARP_TEST, 1).get(0).test());
    assertTrue(t.reportsOnly("MyApp.UnitTests/Config/Model.cs", CSHARP_TEST, 1).get(0).test());
    assertTrue(t.reportsOnly("src/ModelConfigTests.cs", CSHARP_TEST, 1).get(0).test());
  }

  @Test
  void aCSharpFileNamedLikeATestWithoutTestMethodsIsApplicationCode() {
    String app =
        """
        public static class LoadTests
        {
            public const string Model = "anthropic.claude-3-5-sonnet-20240620-v1:0";
        }
        """;
    Finding f = t.findings("src/LoadTests.cs", app).get(0);
    assertFalse(f.test());
    assertFalse(f.edits().isEmpty());
  }
}
