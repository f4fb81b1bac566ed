package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.Suppression;

/** One-line descriptions of suppressions that matched nothing, shared by every format. */
final class UnusedSuppressions {
  private UnusedSuppressions() {}

  /** {@code path:line: ignore[rule] (origin): reason}; config entries have no line. */
  static String describe(Suppression s) {
    String where = s.line() > 0 ? s.path() + ":" + s.line() : s.path();
    String reason = s.reason() == null || s.reason().isBlank() ? "" : ": " + s.reason();
    return where + ": ignore[" + s.ruleId() + "] (" + s.origin() + ")" + reason;
  }
}
