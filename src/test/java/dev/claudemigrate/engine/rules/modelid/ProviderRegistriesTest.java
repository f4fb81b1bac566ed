package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Holdout14 read as one project (ADR 0115): a Scala object listing the Bedrock models of several
 * providers, one declaration each, is a library's registry; with a region known, its Claude entries
 * were rewritten. Snippets of our own.
 */
class ProviderRegistriesTest {
  private final RewriteTester t =
      new RewriteTester(
          new ModelIdRule(),
          new MigrationSettings(
              Optional.empty(), "text_editor_20250728", false, Optional.of("us-east-1")),
          "sonnet-4.6");

  private static final String REGISTRY =
      """
      object LLM:
        object Bedrock:
          val TitanText = LLM("amazon.titan-text-express-v1", "Titan Text")
          val NovaPro = LLM("amazon.nova-pro-v1:0", "Nova Pro")
          val Jamba = LLM("ai21.jamba-1-5-large-v1:0", "Jamba")
          val Sdxl = LLM("stability.stable-diffusion-xl-v1", "SDXL")
          val Llama = LLM("meta.llama3-70b-instruct-v1:0", "Llama 3")
          val Claude3Haiku = LLM("anthropic.claude-3-haiku-20240307-v1:0", "Claude 3 Haiku")
          val Claude4Sonnet = LLM(
            "anthropic.claude-sonnet-4-20250514-v1:0",
            "Claude 4 Sonnet"
          )
          val Claude37Sonnet = LLM("anthropic.claude-3-7-sonnet-20250219-v1:0", "Claude 3.7 Sonnet")
      """;

  @Test
  void aRegistryOfSeveralProvidersIsReportedNotRewritten() {
    List<Finding> f = t.reportsOnly("src/main/scala/LLM.scala", REGISTRY, 2);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f.toString());
    assertTrue(f.stream().allMatch(x -> x.message().contains("catalog")), f.toString());
  }

  /** Before and after alike: the program's own choice among a few Claude models is rewritten. */
  @Test
  void aClassOfTheProgramsOwnClaudeModelsIsStillRewritten() {
    String before =
        """
        object Models:
          val Default = "anthropic.claude-3-7-sonnet-20250219-v1:0"
          val Fast = "anthropic.claude-3-haiku-20240307-v1:0"
        """;
    List<Finding> f =
        t.rewrites(
            "src/main/scala/Models.scala",
            before,
            before.replace(
                "anthropic.claude-3-7-sonnet-20250219-v1:0",
                t.context().targetModel().profileId("us")));
    assertEquals(1, f.size(), f.toString());
  }
}
