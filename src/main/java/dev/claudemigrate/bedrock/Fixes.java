package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudemigrate.catalog.BetaFlag;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.ToolVersion;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fix texts of {@link Diagnoser}, filled in from the catalog for the model and region at hand.
 */
final class Fixes {
  static final String THINKING =
      "set the thinking budget to at least 1024 and below max tokens (--thinking-budget < --max-tokens),"
          + " and do not change temperature or top_k while thinking is on";

  private final Catalog catalog;
  private final String region;

  Fixes(Catalog catalog, String region) {
    this.catalog = catalog;
    this.region = region;
  }

  /** The inference-profile ID of {@code model} that fits the region, if the catalog has one. */
  Optional<String> profileFor(Model model) {
    return catalog.prefixesForRegion(region).stream()
        .filter(p -> model.profilePrefixes().contains(p))
        .findFirst()
        .map(model::profileId);
  }

  String onDemand(String modelId, Optional<Model> model) {
    if (model.isEmpty()) {
      return "call an inference profile that contains " + modelId + " instead of the base model ID";
    }
    Model m = model.get();
    return profileFor(m)
        .map(
            p ->
                "call the inference profile "
                    + p
                    + " (the profile for "
                    + region
                    + "; --to picks it) instead of the base ID "
                    + m.bedrockId())
        .orElse(
            "call one of the inference profiles "
                + profiles(m)
                + " instead of the base ID; none is known for "
                + region);
  }

  String accessDenied(String modelId, Optional<Model> model) {
    String name = model.map(Model::name).orElse(modelId);
    return "in the Amazon Bedrock console for "
        + region
        + ", open Model access and enable "
        + name
        + " (accept the Anthropic EULA / use-case form); if access is granted, allow bedrock:InvokeModel on "
        + "the inference profile and on the foundation model in every region the profile routes to";
  }

  String notFound(String modelId, Optional<Model> model) {
    if (model.isEmpty()) {
      return modelId
          + " is unknown in "
          + region
          + ": check the ID, or list models with 'aws bedrock list-foundation-models'";
    }
    Model m = model.get();
    String eol =
        m.lifecycle()
            .endOfLifeDate()
            .map(
                d ->
                    "; the catalog dates its end of life "
                        + d
                        + (m.lifecycle().source() != null && m.lifecycle().source().uncertain()
                            ? " (uncertain)"
                            : ""))
            .orElse("");
    return m.name()
        + " is not offered in "
        + region
        + " or is past end of life"
        + eol
        + "; run 'migrate doctor' for the live lifecycle, use a region where "
        + profiles(m)
        + " exists, or migrate to a newer target";
  }

  /** Bedrock says the model is past end of life: name the live successor of its family. */
  String endOfLife(String modelId, Optional<Model> model) {
    String what = model.map(Model::name).orElse(modelId);
    String date =
        model
            .flatMap(m -> m.lifecycle().endOfLifeDate())
            .map(d -> " (end of life " + d + " per the catalog)")
            .orElse("");
    return what
        + " is retired on Bedrock"
        + date
        + ": calls to it fail everywhere; migrate to a live model ('migrate models' lists today's"
        + " states; 'migrate scan' without --to targets the newest active Claude Sonnet 4.x)";
  }

  String throttled(Optional<Model> model) {
    return "raise --max-attempts or retry when the account is quieter; a cross-Region profile spreads load;"
        + " or request a higher quota in Service Quotas (Amazon Bedrock, on-demand requests and tokens per minute for "
        + model.map(Model::name).orElse("the model")
        + ")";
  }

  String betas(List<String> sent) {
    if (sent.isEmpty()) {
      return "remove the anthropic_beta values the model does not accept";
    }
    return sent.stream()
        .map(
            v ->
                catalog
                    .beta(v)
                    .map(b -> describe(b))
                    .orElse(v + ": not a beta the catalog knows; remove it"))
        .collect(Collectors.joining("; "));
  }

  private static String describe(BetaFlag b) {
    return b.value() + ": " + b.note();
  }

  String sampling(String modelId, Optional<Model> model) {
    return "send only one of temperature and top_p to "
        + model.map(Model::name).orElse(modelId)
        + ": keep temperature and remove top_p (or the reverse) where the request is built;"
        + " Claude Sonnet 4.5, Haiku 4.5, Opus 4.1 and later reject the pair";
  }

  /**
   * The fix for a rejected tool: when a tool of the request carries a type the catalog knows under
   * another name, the rename it needs; else the target's text-editor pair.
   */
  String tools(Optional<Model> model, JsonNode fields) {
    if (fields != null) {
      for (JsonNode t : fields.path("tools")) {
        String type = t.path("type").asText("");
        String name = t.path("name").asText("");
        Optional<ToolVersion> known = catalog.tool(type).filter(v -> !v.name().equals(name));
        if (known.isPresent()) {
          return "the tool of type "
              + type
              + " must be named "
              + known.get().name()
              + ", not "
              + name
              + ": rename it where the tool is defined and wherever the app dispatches tool_use"
              + " blocks by name (type and name change together)";
        }
      }
    }
    return tools(model);
  }

  String tools(Optional<Model> model) {
    String type = model.map(Model::textEditorType).orElse("text_editor_20250728");
    String name = catalog.tool(type).map(ToolVersion::name).orElse("str_replace_based_edit_tool");
    return "use tool type "
        + type
        + " with name "
        + name
        + " for "
        + model.map(Model::name).orElse("Claude 4")
        + " (type and name change together; undo_edit is gone)";
  }

  private static String profiles(Model m) {
    return m.profilePrefixes().stream().map(m::profileId).collect(Collectors.joining(", "));
  }
}
