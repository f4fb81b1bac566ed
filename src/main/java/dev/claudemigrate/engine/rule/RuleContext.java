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
 * @param projectRegion an AWS region the project states (config, .env, Terraform), if any
 * @param computerOrBashInProject whether a file of the project (not its prose) names a computer or
 *     bash tool type, which the computer-use beta serves wherever it is sent from
 * @param enumMembers model IDs the project holds as values of an enum named for its models, each
 *     with the {@code path:line} of its member: the same ID elsewhere is a key of that enum
 */
public record RuleContext(
    Catalog catalog,
    Target target,
    MigrationSettings settings,
    Optional<String> projectRegion,
    boolean computerOrBashInProject,
    Map<String, String> enumMembers) {

  public RuleContext {
    enumMembers = Map.copyOf(enumMembers);
  }

  /** A context with no computer or bash tool known elsewhere in the project (a single file). */
  public RuleContext(
      Catalog catalog, Target target, MigrationSettings settings, Optional<String> projectRegion) {
    this(catalog, target, settings, projectRegion, false, Map.of());
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
        .or(() -> projectRegion)
        .map(ProfileHint::ofRegion)
        .orElse(ProfileHint.NONE);
  }
}
