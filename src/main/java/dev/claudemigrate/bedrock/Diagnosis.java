package dev.claudemigrate.bedrock;

/**
 * Why a call to Bedrock did not give the expected answer, and what the user should do about it.
 *
 * @param kind the class of failure, stable for machines (JSON and JUnit output)
 * @param message what happened, including any raw value Bedrock returned
 * @param fix the concrete next step
 */
public record Diagnosis(Kind kind, String message, String fix) {

  /** Messages quote what Bedrock (or a proxy) returned: credentials in it are redacted. */
  public Diagnosis {
    message = Redaction.redact(message);
    fix = Redaction.redact(fix);
  }

  /** The failures smoke, doctor and eval tell apart. */
  public enum Kind {
    /** A Claude 4 base model ID was called on demand; an inference profile is needed. */
    ON_DEMAND_BASE_ID,
    /** Model access not granted, EULA not accepted, or IAM denies the call. */
    ACCESS_DENIED,
    /** The credentials were rejected (unknown key, expired token, bad signature). */
    BAD_CREDENTIALS,
    /** The model or profile is not offered in the region, or is past end of life. */
    NOT_FOUND,
    /** An {@code anthropic_beta} value was rejected. */
    INVALID_BETA,
    /** A tool {@code type} or {@code name} was rejected. */
    INVALID_TOOL_TYPE,
    /** The extended-thinking settings are invalid (budget, temperature, top_k). */
    INVALID_THINKING,
    /** {@code temperature} and {@code top_p} together, which newer models reject. */
    INVALID_SAMPLING,
    /** Any other parameter Bedrock rejected. */
    VALIDATION,
    /** Throttled on every attempt allowed by --max-attempts. */
    THROTTLED,
    /** The model was not ready or the service failed on every attempt. */
    SERVICE_UNAVAILABLE,
    /** The model itself timed out (HTTP 408) or failed (HTTP 424). */
    MODEL_ERROR,
    /** No answer within --timeout. */
    TIMEOUT,
    /** The endpoint could not be reached. */
    CONNECTION,
    /** The answer was not Converse JSON. */
    MALFORMED_RESPONSE,
    /** A stop reason this SDK version does not know; shown raw. */
    UNKNOWN_STOP_REASON,
    /** The answer was filtered or refused ({@code content_filtered}). */
    REFUSAL,
    /** The guardrail intervened on a normal turn. */
    GUARDRAIL_INTERVENED,
    /**
     * The model answered, but not as the check expects (no text, wrong tool, wrong stop reason).
     */
    UNEXPECTED_ANSWER,
    /** A replayed request has no recorded answer. */
    REPLAY_MISMATCH,
    /** Anything else; the message is shown raw. */
    OTHER
  }
}
