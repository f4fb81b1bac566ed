package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.Languages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Field class "file kinds not read" (holdout6): a SAM {@code samconfig.toml} overrides the stack's
 * model parameter, and a TOML file was not read at all. TOML is configuration with '#' comments:
 * its values are rewritten like a YAML value, its comments reported.
 */
class ModelIdTomlTest {
  private final RewriteTester t = new RewriteTester(new ModelIdRule());
  private final Model to = t.context().targetModel();

  @Test
  void tomlFilesAreReadAsConfiguration() {
    assertEquals(Optional.of(Language.TOML), Languages.detect("samconfig.toml"));
    assertEquals(Optional.of(Language.TOML), Languages.detect("deploy/fly.toml"));
    assertEquals(Optional.of(Language.TOML), Languages.detect("settings.toml.example"));
  }

  @Test
  void aSamConfigOverrideIsRewrittenAndACommentReported() {
    String before =
        """
        version = 0.1
        [default.deploy.parameters]
        region = "us-west-2"
        # was us.anthropic.claude-3-5-sonnet-20240620-v1:0 before the upgrade
        parameter_overrides = [
          "ModelId=us.anthropic.claude-3-7-sonnet-20250219-v1:0",
        ]
        """;
    String after =
        before.replace("us.anthropic.claude-3-7-sonnet-20250219-v1:0", to.profileId("us"));
    List<Finding> f = t.rewrites("samconfig.toml", before, after);
    assertEquals(2, f.size(), f.toString());
    assertEquals(Context.COMMENT, f.get(0).context());
    assertFalse(f.get(0).fixable());
    assertEquals(Context.CONFIG_VALUE, f.get(1).context());
  }

  @Test
  void aHashInsideAQuotedValueIsNoComment() {
    String before = "model = \"#1 us.anthropic.claude-3-7-sonnet-20250219-v1:0\"\n";
    List<Finding> f = t.findings("app.toml", before);
    assertEquals(1, f.size(), f.toString());
    assertEquals(Context.CONFIG_VALUE, f.get(0).context());
  }
}
