package dev.claudemigrate.engine.apply;

import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code apply} would do to a scanned tree, computed without touching the disk: the files to
 * rewrite, the findings a person must handle, the edits rejected as conflicts, and the files whose
 * rewrite would be invalid (left untouched).
 *
 * @param root the scanned root
 * @param target the migration target's name
 * @param changes files to rewrite, in path order
 * @param leftForPerson findings without edits; each one's {@code fix} says what a person should do
 * @param conflicts fixable findings rejected because their edits overlap others
 * @param errors files left untouched because their rewrite would be invalid, and scan errors
 */
public record ApplyPlan(
    Path root,
    String target,
    List<FileChange> changes,
    List<Finding> leftForPerson,
    List<Conflict> conflicts,
    List<FileError> errors) {

  public ApplyPlan {
    changes = List.copyOf(changes);
    leftForPerson = List.copyOf(leftForPerson);
    conflicts = List.copyOf(conflicts);
    errors = List.copyOf(errors);
  }

  /** Whether applying this plan would change any file. */
  public boolean hasChanges() {
    return !changes.isEmpty();
  }

  /** Number of applied findings per rule id over all files, sorted by id. */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    changes.forEach(c -> c.countsByRule().forEach((k, v) -> counts.merge(k, v, Integer::sum)));
    return counts;
  }

  /** Number of findings applied over all files. */
  public int appliedCount() {
    return changes.stream().mapToInt(c -> c.applied().size()).sum();
  }

  /** The same plan with other changes and errors (after writing, for example). */
  public ApplyPlan with(List<FileChange> newChanges, List<FileError> newErrors) {
    return new ApplyPlan(root, target, newChanges, leftForPerson, conflicts, newErrors);
  }
}
