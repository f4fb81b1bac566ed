package dev.claudemigrate.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Rewrites one found identifier for a target model in the form it was found. Where the target has
 * no inference profile for the prefix found (apac. for Sonnet 4.6), or a base ID must become a
 * profile ID, the region decides among the prefixes the target offers (or global.), and the note
 * says so; with no region the rendering is a choice for a person, never an invented ID.
 */
final class Renderer {
  private static final String GLOBAL = "global";

  private final Catalog catalog;

  Renderer(Catalog catalog) {
    this.catalog = catalog;
  }

  Rendering render(IdMatch found, Model to, ProfileHint hint) {
    return switch (found.form()) {
      case ANTHROPIC -> new Rendering.Replacement(to.anthropicId(), null);
      case ANTHROPIC_ALIAS ->
          new Rendering.Replacement(
              to.anthropicAliases().isEmpty() ? to.anthropicId() : to.anthropicAliases().get(0),
              null);
      case VERTEX ->
          to.vertexId() != null
              ? new Rendering.Replacement(to.vertexId(), null)
              : new Rendering.Choice(
                  List.of(),
                  "the catalog has no confirmed Vertex AI name for "
                      + to.name()
                      + "; change it by hand");
      case INFERENCE_PROFILE -> profile(to, found.prefix(), hint, "", null);
      case INFERENCE_PROFILE_ARN ->
          profile(
              to,
              found.prefix(),
              hint.orRegion(found.knownRegion()),
              "arn:aws:bedrock:"
                  + found.region()
                  + ":"
                  + (found.account() == null ? "" : found.account())
                  + ":inference-profile/",
              found.knownRegion());
      case FOUNDATION_MODEL_ARN ->
          new Rendering.Replacement(
              "arn:aws:bedrock:" + found.region() + "::foundation-model/" + to.bedrockId(),
              to.requiresProfile()
                  ? to.name()
                      + " cannot be invoked on demand through a foundation-model ARN; use an inference profile for calls"
                  : null);
      case BEDROCK_BASE -> base(to, hint);
      case BEDROCK_UNPREFIXED -> unprefixed(to);
    };
  }

  /**
   * Code that adds the provider prefix itself, or a label naming the model: whether the result is
   * called as a base ID (which the target may not take on demand) or becomes part of a profile ID
   * does not show in the string, so a person rewrites it.
   */
  private static Rendering unprefixed(Model to) {
    String bare = to.bedrockId().substring(to.bedrockId().indexOf('.') + 1);
    return new Rendering.Choice(
        List.of(),
        "a Bedrock ID without its 'anthropic.' prefix: where the code adds the prefix, "
            + bare
            + " for "
            + to.name()
            + (to.requiresProfile()
                ? ", which is called on demand only through an inference profile ("
                    + to.profileId(to.profilePrefixes().get(0))
                    + ")"
                : "")
            + "; change it by hand");
  }

  /**
   * A profile ID (or profile ARN, {@code head} being the ARN's start) keeps its prefix when the
   * target offers it; otherwise the region picks one.
   */
  private Rendering profile(
      Model to, String prefix, ProfileHint hint, String head, String arnRegion) {
    if (to.profilePrefixes().contains(prefix)) {
      return new Rendering.Replacement(head + to.profileId(prefix), null);
    }
    // The prefix found names the geography; a prefix the user set for base IDs does not override
    // it, so the region decides (an ARN's own region first).
    ProfileHint byRegion = new ProfileHint(null, arnRegion != null ? arnRegion : hint.region());
    String missing = to.name() + " has no '" + prefix + ".' inference profile";
    if (byRegion.region() != null
        && !catalog.prefixesForRegion(byRegion.region()).contains(prefix)) {
      // The ID's prefix says where the code runs (an 'apac.' profile is called from an Asia Pacific
      // region); a region of another geography is a default or another deployment, and moving the
      // calls to its geography changes where data is processed: a person chooses.
      return new Rendering.Choice(
          options(to, head),
          missing
              + ", and region "
              + byRegion.region()
              + " is not in the '"
              + prefix
              + ".' geography: choose the profile for where this code runs");
    }
    Optional<String> chosen = catalog.choosePrefix(to, byRegion);
    if (chosen.isPresent() && !(GLOBAL.equals(chosen.get()) && !GLOBAL.equals(prefix))) {
      return new Rendering.Replacement(
          head + to.profileId(chosen.get()),
          missing + "; '" + chosen.get() + ".' chosen for region " + byRegion.region());
    }
    if (chosen.isPresent()) {
      // A geographic profile keeps requests in its geography; 'global.' routes them anywhere, so
      // the move changes where data is processed: a person chooses.
      return new Rendering.Choice(
          options(to, head),
          missing
              + "; for region "
              + byRegion.region()
              + " only '"
              + GLOBAL
              + ".' is offered, which routes requests outside the '"
              + prefix
              + ".' geography: choose the profile for where data may be processed");
    }
    return new Rendering.Choice(
        options(to, head),
        missing
            + " and no region decides another; choose one (--region or region: in .claude-migrate.yml)");
  }

  private Rendering base(Model to, ProfileHint hint) {
    if (!to.requiresProfile()) {
      return new Rendering.Replacement(to.bedrockId(), null);
    }
    Optional<String> chosen = catalog.choosePrefix(to, hint);
    if (chosen.isPresent()) {
      String from =
          hint.prefix() != null ? chosen.get() : chosen.get() + ", region " + hint.region();
      return new Rendering.Replacement(
          to.profileId(chosen.get()), "base ID became an inference-profile ID (" + from + ")");
    }
    return new Rendering.Choice(
        options(to, ""),
        to.name()
            + " cannot be called on demand by base ID and no region decides the inference-profile prefix"
            + (hint.prefix() == null ? "" : " ('" + hint.prefix() + "' is not offered)")
            + "; pass --profile-prefix or set profilePrefix in .claude-migrate.yml");
  }

  private static List<String> options(Model to, String head) {
    return to.profilePrefixes().stream().map(p -> head + to.profileId(p)).toList();
  }
}
