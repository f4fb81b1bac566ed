package dev.claudemigrate.bedrock.smoke;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The results of one smoke run.
 *
 * @param modelId the model or profile ID called
 * @param modelName its catalog name
 * @param region the region
 * @param results one result per check (per prompt case for basic)
 */
public record SmokeReport(
    String modelId, String modelName, String region, List<CheckResult> results)
    implements Statuses {

  public SmokeReport {
    results = List.copyOf(results);
  }

  @Override
  public List<CheckResult.Status> statuses() {
    return results.stream().map(CheckResult::status).toList();
  }

  /** Total estimated cost, or null when no price is known. */
  public BigDecimal totalCost() {
    return results.stream()
        .map(CheckResult::cost)
        .filter(Objects::nonNull)
        .reduce(BigDecimal::add)
        .orElse(null);
  }
}
