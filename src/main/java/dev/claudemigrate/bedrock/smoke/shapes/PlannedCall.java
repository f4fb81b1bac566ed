package dev.claudemigrate.bedrock.smoke.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudemigrate.engine.requests.ShapeUse;
import java.math.BigDecimal;

/**
 * The one smoke call planned for a request shape.
 *
 * @param id the shape's name in reports ({@code S1}, {@code S2}, ...)
 * @param use the shape and its call sites
 * @param modelId the model or profile ID called
 * @param region the region called: the one the project states for the call, else the run's
 * @param body the wire body (Converse or Messages JSON)
 * @param inputTokens estimated input tokens
 * @param outputTokens estimated output tokens (a short answer, plus the thinking budget)
 * @param cost estimated cost in USD from the catalog price, or null when the model is not priced
 */
public record PlannedCall(
    String id,
    ShapeUse use,
    String modelId,
    String region,
    JsonNode body,
    long inputTokens,
    long outputTokens,
    BigDecimal cost) {

  /** {@code Converse} or {@code InvokeModel}. */
  public String operation() {
    return use.shape().api().operation();
  }
}
