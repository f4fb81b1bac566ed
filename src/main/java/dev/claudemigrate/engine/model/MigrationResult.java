package dev.claudemigrate.engine.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of scanning a tree: everything {@code scan}, {@code apply --dry-run}, {@code apply}
 * and {@code apply --check} render. Files are in path order; findings in each file by position.
 *
 * @param root the scanned root
 * @param target the migration target's name
 * @param files files with at least one finding
 * @param errors files that could not be read, decoded or parsed
 * @param unusedSuppressions suppressions that matched no finding
 * @param warnings run-level warnings (e.g. the target is past end of life)
 * @param stats counters
 */
public record MigrationResult(
    Path root,
    String target,
    List<FileReport> files,
    List<FileError> errors,
    List<Suppression> unusedSuppressions,
    List<String> warnings,
    ScanStats stats) {

  public MigrationResult {
    files = List.copyOf(files);
    errors = List.copyOf(errors);
    unusedSuppressions = List.copyOf(unusedSuppressions);
    warnings = List.copyOf(warnings);
  }

  /** All findings, file by file. */
  public List<Finding> findings() {
    return files.stream().flatMap(f -> f.findings().stream()).toList();
  }

  /** Number of findings per rule id, sorted by id. */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    findings().forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
    return counts;
  }

  /** The most severe finding's severity, if any. */
  public Optional<Severity> maxSeverity() {
    return findings().stream().map(Finding::severity).max(Enum::compareTo);
  }
}
