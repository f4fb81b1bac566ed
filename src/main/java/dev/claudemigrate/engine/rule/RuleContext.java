package dev.claudemigrate.engine.rule;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.ProfileHint;
import dev.claudemigrate.catalog.Target;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule may consult besides the file: the catalog, the target, the user's migration settings,
 * and facts gathered from the whole project.
 *
 * @param catalog the model catalog
 * @param target the migration target
 * @param settings the user's choices (profile prefix, text-editor version, docs)
 * @param project what the scanner gathered over the whole project before checking
 */
public record RuleContext(
    Catalog catalog, Target target, MigrationSettings settings, ProjectFacts project) {

  /** A context that knows of the project only a region it states, if any (a single file). */
  public RuleContext(
      Catalog catalog, Target target, MigrationSettings settings, Optional<String> projectRegion) {
    this(catalog, target, settings, ProjectFacts.ofRegion(projectRegion));
  }

  /** An AWS region the project states (config, .env, Terraform), if any. */
  public Optional<String> projectRegion() {
    return project.region();
  }

  /** Whether a file of the project (not its prose) names a computer or bash tool type. */
  public boolean computerOrBashInProject() {
    return project.computerOrBash();
  }

  /** Model IDs the project resolves through a table of its own, with where each is held. */
  public Map<String, String> heldKeys() {
    return project.heldKeys();
  }

  /** The model the target moves to. */
  public Model targetModel() {
    return catalog.targetModel(target);
  }

  /**
   * What decides inference-profile prefixes in a file: the prefix the user set first, then the
   * region the user states, then a region the file states, then one the project states.
   */
  public ProfileHint profileHint(Optional<String> fileRegion) {
    if (settings.profilePrefix().isPresent()) {
      return ProfileHint.ofPrefix(settings.profilePrefix().get());
    }
    return settings
        .region()
        .or(() -> fileRegion)
        .or(() -> project.region())
        .map(ProfileHint::ofRegion)
        .orElse(ProfileHint.NONE);
  }
}
