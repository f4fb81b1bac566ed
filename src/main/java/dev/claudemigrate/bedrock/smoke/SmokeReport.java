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
    String modelId, String modelName, String region, List<CheckResult> results) {

  public SmokeReport {
    results = List.copyOf(results);
  }

  /** Whether no check failed. */
  public boolean passed() {
    return results.stream().noneMatch(r -> r.status() == CheckResult.Status.FAIL);
  }

  public long count(CheckResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
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
