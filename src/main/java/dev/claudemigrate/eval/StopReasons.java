package dev.claudemigrate.eval;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads refusals and guardrail blocks out of an answer. Converse has no {@code refusal} stop
 * reason; how a Claude 4 refusal surfaces there is undocumented, so {@code content_filtered} and
 * any stop reason this tool does not know count as refusals, and so does an answer that opens like
 * one.
 */
final class StopReasons {
  static final String GUARDRAIL = "guardrail_intervened";

  private static final Set<String> NORMAL =
      Set.of(
          "end_turn",
          "tool_use",
          "max_tokens",
          "stop_sequence",
          "malformed_model_output",
          "malformed_tool_use",
          "model_context_window_exceeded",
          GUARDRAIL);

  /** Opening words of a refusal; checked only against an answer's first sentence. */
  private static final Pattern REFUSAL_OPENING =
      Pattern.compile(
          "^(?:i'?m sorry,? but |sorry,? but )?(?:i (?:can(?:no|')t|cannot|won'?t|am (?:not able|unable)|'m (?:not able|unable)) "
              + "(?:help|assist|provide|comply|do that|answer)|i must decline)",
          Pattern.CASE_INSENSITIVE);

  private StopReasons() {}

  /** Whether the answer is a refusal: a refusal-like stop reason or a refusal opening. */
  static boolean refusal(ModelResponse r) {
    return why(r) != null;
  }

  /** Why the answer counts as a refusal, or null when it does not. */
  static String why(ModelResponse r) {
    if (r.failed()) {
      return null;
    }
    String stop = r.stopReason() == null ? "" : r.stopReason().toLowerCase(Locale.ROOT);
    if (!NORMAL.contains(stop)) {
      return "refusal-like stop reason " + r.stopReason();
    }
    return REFUSAL_OPENING.matcher(r.text().strip().replace('\u2019', '\'')).find()
        ? "the answer opens like a refusal"
        : null;
  }

  /** Whether a guardrail blocked the input or the answer. */
  static boolean guardrail(ModelResponse r) {
    return !r.failed() && GUARDRAIL.equalsIgnoreCase(r.stopReason());
  }
}
