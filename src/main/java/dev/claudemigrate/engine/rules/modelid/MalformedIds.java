package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.rule.RuleContext;
import java.util.List;

/**
 * Advice for a malformed token that names a model: a doubled or stray profile prefix ({@code
 * us.us.anthropic...}) or the Bedrock provider before an Anthropic API name (a Bedrock ID without
 * its version suffix). Reported with the target's IDs, never rewritten.
 */
final class MalformedIds {
  private MalformedIds() {}

  /** The IDs a person may choose for {@code to}: its profiles, or its base ID when it has none. */
  static String targetIds(Model to) {
    return to.profilePrefixes().isEmpty()
        ? to.bedrockId()
        : String.join(", ", to.profilePrefixes().stream().map(to::profileId).toList());
  }

  /**
   * A token with segments no identifier has ({@code us.us.anthropic...}): whether the extra segment
   * or the prefix after it was meant is not known, and the token is not an ID Bedrock accepts, so
   * it is reported with the target's IDs, never rewritten in part.
   */
  static String advice(IdMatch m, RuleContext ctx) {
    Model to = ctx.targetModel();
    List<String> prefixes = to.profilePrefixes();
    boolean unversioned = m.extra().endsWith("anthropic.");
    String prefix =
        unversioned && m.extra().indexOf('.') < m.extra().length() - 1
            ? m.extra().substring(0, m.extra().indexOf('.'))
            : m.prefix();
    String ids = prefix != null && prefixes.contains(prefix) ? to.profileId(prefix) : targetIds(to);
    String what =
        unversioned
            ? "' before an Anthropic API name makes no Bedrock ID (a Bedrock ID ends in its version,"
                + " such as -v1:0)"
            : "' before the ID is not part of any Bedrock ID (a doubled or stray profile prefix)";
    return "'" + m.extra() + what + ": correct the token by hand; for " + to.name() + ": " + ids;
  }
}
