package dev.claudemigrate.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * One answer of one model to one case (one repeat), with its checks: a line of {@code
 * results.jsonl}.
 *
 * @param caseId the case
 * @param side baseline or candidate
 * @param model the model ID called
 * @param repeat the repeat number, from 1
 * @param fingerprint a hash of the case and the call settings; a resumed run redoes results whose
 *     case changed
 * @param text the answer's text
 * @param toolCalls the answer's tool calls
 * @param stopReason the stop reason, or null on error
 * @param inputTokens input tokens
 * @param outputTokens output tokens (thinking included)
 * @param thinkingTokens estimated thinking tokens
 * @param latencyMs latency
 * @param cost estimated cost in USD, or null when the price is unknown
 * @param refusal whether the answer is a refusal
 * @param guardrail whether a guardrail intervened
 * @param error the call's error after retries, or null
 * @param assertions the checks' outcomes
 * @param passed whether the call succeeded and every check passed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseResult(
    String caseId,
    Side side,
    String model,
    int repeat,
    String fingerprint,
    String text,
    List<ToolCall> toolCalls,
    String stopReason,
    long inputTokens,
    long outputTokens,
    long thinkingTokens,
    long latencyMs,
    BigDecimal cost,
    boolean refusal,
    boolean guardrail,
    String error,
    List<AssertionResult> assertions,
    boolean passed) {

  public CaseResult {
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    assertions = assertions == null ? List.of() : List.copyOf(assertions);
  }

  /** The identity a resumed run uses to skip work already done. */
  public ResultKey key() {
    return new ResultKey(caseId, side, model, repeat);
  }

  /** The checks that failed. */
  public List<AssertionResult> failures() {
    return assertions.stream().filter(a -> !a.pass()).toList();
  }
}
