package dev.claudemigrate.engine.rule;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.Target;
import java.util.Optional;

/**
 * What a rule may consult besides the file: the catalog, the target, the user's migration settings,
 * and facts gathered from the whole project.
 *
 * @param catalog the model catalog
 * @param target the migration target
 * @param settings the user's choices (profile prefix, text-editor version, docs)
 * @param projectRegion an AWS region the project states (config, .env, Terraform), if any
 */
public record RuleContext(
    Catalog catalog, Target target, MigrationSettings settings, Optional<String> projectRegion) {

  /** The model the target moves to. */
  public Model targetModel() {
    return catalog.targetModel(target);
  }

  /**
   * The inference-profile prefix to use for a file: the explicit setting first, then a region the
   * file states, then one the project states; null when none decides.
   */
  public String profilePrefix(Optional<String> fileRegion) {
    if (settings.profilePrefix().isPresent()) {
      return settings.profilePrefix().get();
    }
    return fileRegion.or(() -> projectRegion).flatMap(catalog::prefixForRegion).orElse(null);
  }
}
