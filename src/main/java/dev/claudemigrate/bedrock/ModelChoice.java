package dev.claudemigrate.bedrock;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.ProfileHint;
import dev.claudemigrate.catalog.Target;
import java.util.Optional;

/**
 * The model a command calls: an explicit --model ID, or a --to target turned into the inference
 * profile that fits the region (Claude 4 models cannot be called on demand by base ID).
 *
 * @param modelId the ID to call
 * @param model the catalog model, if the catalog knows the ID
 */
public record ModelChoice(String modelId, Optional<Model> model) {

  /** The display name: the catalog name, or the ID. */
  public String name() {
    return model.map(Model::name).orElse(modelId);
  }

  /** The choice for an explicit --model ID. */
  public static ModelChoice ofId(Catalog catalog, String modelId) {
    return new ModelChoice(modelId, catalog.identify(modelId).map(m -> m.model()));
  }

  /**
   * The choice for --to {@code targetName} in {@code region}.
   *
   * @throws IllegalArgumentException for an unknown target, or a region no profile of the model
   *     fits
   */
  public static ModelChoice ofTarget(Catalog catalog, String targetName, String region) {
    Target target =
        catalog
            .target(targetName)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown target '"
                            + targetName
                            + "' (known: "
                            + String.join(", ", catalog.targets().keySet())
                            + ")"));
    Model model = catalog.targetModel(target);
    if (!model.requiresProfile()) {
      return new ModelChoice(model.bedrockId(), Optional.of(model));
    }
    Optional<String> prefix = catalog.choosePrefix(model, ProfileHint.ofRegion(region));
    if (prefix.isPresent()) {
      return new ModelChoice(model.profileId(prefix.get()), Optional.of(model));
    }
    throw new IllegalArgumentException(
        model.name()
            + " has no inference profile for "
            + region
            + "; pass --model with one of "
            + model.profilePrefixes().stream().map(model::profileId).toList());
  }
}
