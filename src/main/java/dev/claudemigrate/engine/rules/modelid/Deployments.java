package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdForm;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.syntax.CharPairs;
import java.util.regex.Pattern;

/**
 * Files whose model parameter names a deployment rather than a model: on Microsoft Foundry (Azure)
 * the {@code model} of a request is the name the user gave the deployment, which defaults to the
 * model's name but may be any label. Rewriting it to the target's ID points the request at a
 * deployment that may not exist; the user deploys the target and names it.
 */
final class Deployments {
  /**
   * A Foundry client in code: the Anthropic SDKs' Foundry backends and clients, their environment
   * variables, and the Azure AI endpoint host.
   */
  private static final Pattern FOUNDRY =
      Pattern.compile(
          "FoundryBackend|AnthropicFoundry|anthropic[./-]foundry|foundry-sdk|ANTHROPIC_FOUNDRY_"
              + "|\\.services\\.ai\\.azure\\.com");

  private Deployments() {}

  /** Whether {@code m}, in a file with {@code text}, is the name of a Foundry deployment. */
  static boolean isDeploymentName(String text, IdMatch m) {
    return !m.bogus()
        && (m.form() == IdForm.ANTHROPIC || m.form() == IdForm.ANTHROPIC_ALIAS)
        && mayNameFoundry(text)
        && FOUNDRY.matcher(text).find();
  }

  /**
   * Whether {@code text} holds a piece every {@link #FOUNDRY} alternative contains: found with
   * {@code indexOf} first, because the regex tries its six alternatives at every offset and is
   * asked once per model ID of a file (docs/adr/0091).
   */
  private static boolean mayNameFoundry(String text) {
    return CharPairs.contains(text, "oundry")
        || CharPairs.contains(text, "OUNDRY_")
        || CharPairs.contains(text, ".services.ai.azure.com");
  }

  /** The advice for a deployment name. */
  static String advice(String target) {
    return "on Microsoft Foundry the model parameter names your deployment (by default the model's"
        + " name): deploy "
        + target
        + " and set its deployment name here; not rewritten, the name is yours to choose";
  }
}
