package dev.claudemigrate.engine.model;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Span;
import java.util.List;

/**
 * One place a migration touches, with what to do about it.
 *
 * @param ruleId the rule that found it
 * @param severity effective severity (rule default, possibly overridden by config or context)
 * @param path path relative to the scan root, with forward slashes
 * @param span where it is
 * @param matched the text found
 * @param message what is wrong, specific to this place
 * @param fix what to do, as advice for a person (the replacement, or the manual step)
 * @param context where in the file it stands
 * @param test whether the file is test code
 * @param edits edits that {@code apply} may make; empty when the finding is report-only
 */
public record Finding(
    String ruleId,
    Severity severity,
    String path,
    Span span,
    String matched,
    String message,
    String fix,
    Context context,
    boolean test,
    List<Edit> edits) {

  public Finding {
    edits = List.copyOf(edits);
  }

  /** Whether {@code apply} can rewrite this finding. */
  public boolean fixable() {
    return !edits.isEmpty();
  }

  /** The same finding with another severity. */
  public Finding withSeverity(Severity s) {
    return new Finding(ruleId, s, path, span, matched, message, fix, context, test, edits);
  }

  /**
   * The same finding with its edits dropped (for example in documentation without --include-docs).
   */
  public Finding withoutEdits(String why) {
    return new Finding(
        ruleId, severity, path, span, matched, message, why, context, test, List.of());
  }
}
