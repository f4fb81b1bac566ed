package dev.claudemigrate.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rules.modelid.ModelIdRule;
import dev.claudemigrate.engine.source.Context;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Field class "docs" in configuration (holdout5): the value of a {@code description} field is
 * prose. An ID there is reported as documentation and rewritten only with {@code --include-docs};
 * the default it describes, on the next line, is rewritten as before.
 */
class ProseFieldsTest {
  private final RewriteTester t =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");
  private final RewriteTester withDocs =
      new RewriteTester(
          new ModelIdRule(),
          new MigrationSettings(Optional.empty(), "text_editor_20250728", true),
          "sonnet-4.6");

  private static final String TERRAFORM =
      """
      variable "model_id" {
        description = "Inference profile, for example us.anthropic.claude-sonnet-4-20250514-v1:0"
        default     = "us.anthropic.claude-sonnet-4-20250514-v1:0"
      }
      """;

  @Test
  void aTerraformDescriptionIsReportedWhileItsDefaultIsRewritten() {
    List<Finding> f = t.findings("variables.tf", TERRAFORM);
    assertEquals(2, f.size(), f.toString());
    assertEquals(Context.DOCUMENTATION, f.get(0).context());
    assertEquals(Severity.INFO, f.get(0).severity());
    assertFalse(f.get(0).fixable(), "a description is prose: " + f.get(0));
    assertTrue(f.get(1).fixable(), "the default is a use: " + f.get(1));
  }

  @Test
  void withIncludeDocsTheDescriptionIsRewrittenToo() {
    List<Finding> f = withDocs.findings("variables.tf", TERRAFORM);
    assertTrue(f.stream().allMatch(Finding::fixable), f.toString());
  }

  @Test
  void aCloudFormationDescriptionWithoutQuotesIsProse() {
    String yaml =
        """
        Parameters:
          ModelId:
            Type: String
            Description: Claude model on Bedrock, e.g. anthropic.claude-3-5-sonnet-20240620-v1:0
            Default: us.anthropic.claude-3-5-sonnet-20240620-v1:0
        """;
    List<Finding> f = t.findings("template.yaml", yaml);
    assertEquals(2, f.size(), f.toString());
    assertEquals(Context.DOCUMENTATION, f.get(0).context());
    assertEquals(Context.CONFIG_VALUE, f.get(1).context());
  }

  @Test
  void aJsonValueAfterADescriptionOnTheSameLineIsNotProse() {
    String json =
        "{\"description\": \"the chat model\", \"model\": \"us.anthropic.claude-3-7-sonnet-20250219-v1:0\"}\n";
    List<Finding> f = t.findings("settings.json", json);
    assertEquals(1, f.size(), f.toString());
    assertEquals(Context.CONFIG_VALUE, f.get(0).context());
    assertTrue(f.get(0).fixable(), f.toString());
  }

  @Test
  void aDescriptionArgumentInCodeIsLeftToTheCodeRules() {
    String py = "tool = Tool(description=\"uses us.anthropic.claude-3-7-sonnet-20250219-v1:0\")\n";
    List<Finding> f = t.findings("tools.py", py);
    assertEquals(1, f.size(), f.toString());
    assertEquals(Context.STRING_LITERAL, f.get(0).context());
  }

  private static final String OPENAPI =
      """
      {
        "swagger": "2.0",
        "definitions": {
          "Request": {
            "properties": {
              "model": {
                "type": "string",
                "example": "claude-3-5-sonnet-20241022"
              }
            }
          }
        }
      }
      """;

  @Test
  void anExampleInAnOpenApiDocumentIsProse() {
    List<Finding> f = t.findings("webroot/swagger.json", OPENAPI);
    assertEquals(1, f.size(), f.toString());
    assertEquals(Context.DOCUMENTATION, f.get(0).context());
    assertFalse(f.get(0).fixable(), "a schema example is prose: " + f.get(0));
    String yaml =
        "openapi: 3.0.3\ncomponents:\n  schemas:\n    Model:\n      example: claude-3-5-sonnet-20241022\n";
    assertFalse(t.findings("api.yaml", yaml).get(0).fixable());
  }

  @Test
  void anExampleKeyOutsideASchemaDocumentIsConfiguration() {
    // A settings file whose profile happens to be called "example" chooses a model.
    List<Finding> f =
        t.findings(
            "settings.json", OPENAPI.replace("\"swagger\": \"2.0\",", "\"name\": \"demo\","));
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).fixable(), f.toString());
  }
}
