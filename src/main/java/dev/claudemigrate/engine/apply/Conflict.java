package dev.claudemigrate.engine.apply;

import dev.claudemigrate.engine.model.Finding;

/**
 * A fixable finding that was not applied because one of its edits overlaps an edit already accepted
 * (or is malformed); the file keeps the other finding's rewrite.
 *
 * @param rejected the finding left unapplied
 * @param kept the finding whose edit won, or null when the rejected finding's edits are malformed
 * @param reason one line: why it was rejected
 */
public record Conflict(Finding rejected, Finding kept, String reason) {
  public String path() {
    return rejected.path();
  }

  /** The one-line form: {@code path:line:column: [rule] not applied: reason}. */
  @Override
  public String toString() {
    return path()
        + ":"
        + rejected.span().line()
        + ":"
        + rejected.span().column()
        + ": ["
        + rejected.ruleId()
        + "] not applied: "
        + reason;
  }
}
