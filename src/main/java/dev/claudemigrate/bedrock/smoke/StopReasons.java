package dev.claudemigrate.bedrock.smoke;

import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.bedrock.Diagnosis.Kind;
import java.util.Optional;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;

/**
 * Judges a Converse stop reason against the one a check expects. Refusal-like stops and values the
 * SDK does not know are failures, never successes: an app that lets them through ships refusals as
 * answers.
 */
public final class StopReasons {
  private StopReasons() {}

  /**
   * The diagnosis when {@code raw} is not {@code expected}.
   *
   * @param raw the stop reason as Bedrock sent it ({@code stopReasonAsString()})
   * @param expected the stop reason the check needs
   * @param guardrail a description of the guardrail in use, or null
   */
  public static Optional<Diagnosis> judge(String raw, String expected, String guardrail) {
    if (expected.equals(raw)) {
      return Optional.empty();
    }
    String seen = "stopReason '" + raw + "' where '" + expected + "' was expected";
    if (raw == null || StopReason.fromValue(raw) == StopReason.UNKNOWN_TO_SDK_VERSION) {
      return Optional.of(
          new Diagnosis(
              Kind.UNKNOWN_STOP_REASON,
              seen + "; the AWS SDK does not know this value (shown raw)",
              "treat unknown stop reasons as failures in the app (a switch without a default lets them through) and upgrade the AWS SDK"));
    }
    return Optional.of(
        switch (StopReason.fromValue(raw)) {
          case CONTENT_FILTERED ->
              new Diagnosis(
                  Kind.REFUSAL,
                  "refused: " + seen + " (Converse reports refusals this way)",
                  "reword the prompt; in the app, handle content_filtered as a refusal and remove the refused turn before continuing");
          case GUARDRAIL_INTERVENED ->
              new Diagnosis(
                  Kind.GUARDRAIL_INTERVENED,
                  (guardrail == null ? "a guardrail" : "guardrail " + guardrail)
                      + " intervened on a normal turn: "
                      + seen,
                  "review the guardrail's content filters, denied topics and word filters (Bedrock console, or run with the guardrail trace); "
                      + "normal traffic must pass before you switch models");
          case MAX_TOKENS ->
              new Diagnosis(
                  Kind.UNEXPECTED_ANSWER,
                  seen + ": the answer was cut at max tokens",
                  "raise --max-tokens (Claude Sonnet 4 allows up to 64000 output tokens)");
          case MODEL_CONTEXT_WINDOW_EXCEEDED ->
              new Diagnosis(Kind.UNEXPECTED_ANSWER, seen, "shorten the prompt");
          default ->
              new Diagnosis(
                  Kind.UNEXPECTED_ANSWER,
                  seen,
                  "rerun; if it persists, check the prompt and the tool definition");
        });
  }
}
