package dev.claudemigrate.bedrock.smoke.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudemigrate.bedrock.Json;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.Price;
import dev.claudemigrate.engine.requests.ProjectRequests;
import dev.claudemigrate.engine.requests.RequestShape;
import dev.claudemigrate.engine.requests.ShapeUse;
import dev.claudemigrate.engine.requests.ToolShape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans one call per distinct request shape, with its region and an estimated cost. The estimate is
 * rough on purpose and said to be: input is the body's length over four plus 500 tokens for each
 * Anthropic-defined tool (their hidden tool prompts); output is a short answer of 50 tokens plus
 * the thinking budget when thinking is on.
 */
public final class ShapePlanner {
  static final int ANSWER_TOKENS = 50;
  static final int ANTHROPIC_TOOL_TOKENS = 500;

  private final Catalog catalog;

  public ShapePlanner(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * A planner for one run.
   *
   * @param runRegion the region of the run (--region, the environment, the profile), or null when
   *     none is known (dry runs without AWS settings)
   */
  public List<PlannedCall> plan(ProjectRequests requests, String runRegion) {
    List<PlannedCall> out = new ArrayList<>();
    for (ShapeUse use : requests.shapes()) {
      RequestShape s = use.shape();
      JsonNode body = ShapeBodies.body(s);
      long in =
          Json.write(body).length() / 4
              + ANTHROPIC_TOOL_TOKENS
                  * s.tools().stream().filter(ToolShape::anthropicDefined).count();
      long outTokens =
          ANSWER_TOKENS + (s.thinking() == null ? 0 : s.thinking().path("budget_tokens").asLong(0));
      BigDecimal cost = price(s.modelId()).map(p -> p.cost(in, outTokens)).orElse(null);
      out.add(
          new PlannedCall(
              "S" + (out.size() + 1),
              use,
              s.modelId(),
              s.region() != null ? s.region() : runRegion,
              body,
              in,
              outTokens,
              cost));
    }
    return out;
  }

  /** The catalog price of the model an ID names, if the catalog knows it. */
  public Optional<Price> price(String modelId) {
    return catalog.identify(modelId).map(m -> m.model()).map(Model::price);
  }
}
