package dev.claudemigrate.eval;

/**
 * The outcome of one check.
 *
 * @param assertion what was checked, e.g. {@code contains "30 days"}
 * @param pass whether it passed
 * @param reason why it failed (or the judge's reason), or "" when it passed plainly
 */
public record AssertionResult(String assertion, boolean pass, String reason) {
  static AssertionResult pass(AssertionSpec spec) {
    return new AssertionResult(spec.describe(), true, "");
  }

  static AssertionResult of(AssertionSpec spec, boolean pass, String whyNot) {
    return new AssertionResult(spec.describe(), pass, pass ? "" : whyNot);
  }
}
