package dev.claudemigrate.bedrock.smoke.shapes;

import dev.claudemigrate.bedrock.smoke.CheckResult;
import dev.claudemigrate.bedrock.smoke.Statuses;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.requests.RuntimeRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A smoke run over a project's request shapes.
 *
 * @param project the project folder as given
 * @param dryRun whether nothing was sent (costs are estimates)
 * @param results one result per shape, in the order of their first call site
 * @param notTested requests whose model ID is built at run time
 * @param errors files that could not be read
 */
public record ShapeReport(
    String project,
    boolean dryRun,
    List<ShapeResult> results,
    List<RuntimeRequest> notTested,
    List<FileError> errors)
    implements Statuses {

  public ShapeReport {
    results = List.copyOf(results);
    notTested = List.copyOf(notTested);
    errors = List.copyOf(errors);
  }

  @Override
  public List<CheckResult.Status> statuses() {
    return results.stream().map(ShapeResult::status).toList();
  }

  /** The cost of the calls made, or of all planned calls in a dry run; null when none is priced. */
  public BigDecimal totalCost() {
    return results.stream()
        .filter(r -> dryRun || r.attempts() > 0)
        .map(ShapeResult::cost)
        .filter(Objects::nonNull)
        .reduce(BigDecimal::add)
        .orElse(null);
  }
}
