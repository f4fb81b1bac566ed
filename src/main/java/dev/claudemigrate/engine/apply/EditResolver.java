package dev.claudemigrate.engine.apply;

import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses which fixable findings of one file are applied when their edits overlap, the same way on
 * every run: findings are taken by their first edit's start, then rule id, then their order in the
 * file; a finding is accepted only if none of its edits overlaps an edit already accepted, so each
 * finding is applied all or nothing. An edit identical to one already accepted is not a conflict
 * (two rules that agree on a rewrite both count as applied).
 */
final class EditResolver {

  /**
   * The outcome for one file: the accepted findings, their edits in text order, and the conflicts.
   */
  record Resolution(List<Finding> accepted, List<Edit> edits, List<Conflict> conflicts) {}

  /** An accepted edit with the finding it came from (to name the winner of a conflict). */
  private record Owned(Edit edit, Finding owner) {}

  /** A fixable finding with its position in the file's finding list, the last tie-breaker. */
  private record Ranked(Finding finding, int order) {
    int firstStart() {
      return finding.edits().stream().mapToInt(Edit::start).min().orElse(0);
    }
  }

  private EditResolver() {}

  /** Resolves the fixable findings of a file whose text has {@code length} characters. */
  static Resolution resolve(List<Finding> findings, int length) {
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).fixable()) {
        ranked.add(new Ranked(findings.get(i), i));
      }
    }
    ranked.sort(
        Comparator.comparingInt(Ranked::firstStart)
            .thenComparing(r -> r.finding().ruleId())
            .thenComparingInt(Ranked::order));
    List<Owned> accepted = new ArrayList<>();
    List<Ranked> acceptedFindings = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (Ranked r : ranked) {
      Optional<Conflict> c = check(r.finding(), accepted, length);
      if (c.isPresent()) {
        conflicts.add(c.get());
        continue;
      }
      acceptedFindings.add(r);
      for (Edit e : r.finding().edits()) {
        if (accepted.stream().noneMatch(o -> o.edit().equals(e))) {
          accepted.add(new Owned(e, r.finding()));
        }
      }
    }
    acceptedFindings.sort(Comparator.comparingInt(Ranked::order));
    List<Edit> edits =
        accepted.stream()
            .map(Owned::edit)
            .sorted(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end))
            .toList();
    return new Resolution(
        acceptedFindings.stream().map(Ranked::finding).toList(), edits, conflicts);
  }

  /** Why {@code f} cannot be accepted next to the accepted edits, if it cannot. */
  private static Optional<Conflict> check(Finding f, List<Owned> accepted, int length) {
    List<Edit> own = f.edits();
    for (int i = 0; i < own.size(); i++) {
      Edit e = own.get(i);
      if (e.end() > length) {
        return Optional.of(
            new Conflict(
                f, null, "its edit [" + e.start() + ", " + e.end() + ") lies outside the file"));
      }
      for (int k = i + 1; k < own.size(); k++) {
        if (e.overlaps(own.get(k))) {
          return Optional.of(new Conflict(f, null, "its own edits overlap each other"));
        }
      }
      for (Owned o : accepted) {
        if (!o.edit().equals(e) && o.edit().overlaps(e)) {
          return Optional.of(new Conflict(f, o.owner(), overlapReason(o.owner())));
        }
      }
    }
    return Optional.empty();
  }

  private static String overlapReason(Finding kept) {
    return "its edit overlaps the edit of ["
        + kept.ruleId()
        + "] at line "
        + kept.span().line()
        + ", which was applied instead";
  }
}
