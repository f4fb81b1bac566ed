package dev.claudemigrate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks an answer against a case's assertions. */
final class Assertions {
  private final Judge judge;

  /**
   * @param judge grades {@code llm-rubric} checks; null when no judge model was given
   */
  Assertions(Judge judge) {
    this.judge = judge;
  }

  /** Every check of {@code c} against {@code r}; a failed call fails them all with its error. */
  List<AssertionResult> check(EvalCase c, ModelResponse r, BigDecimal cost) {
    if (r.failed()) {
      return List.of();
    }
    return c.assertions().stream().map(a -> check(a, c, r, cost)).toList();
  }

  AssertionResult check(AssertionSpec a, EvalCase c, ModelResponse r, BigDecimal cost) {
    String text = r.text();
    JsonNode v = a.value();
    return switch (a.type()) {
      case CONTAINS ->
          AssertionResult.of(a, text.contains(v.asText()), "answer does not contain it");
      case NOT_CONTAINS -> AssertionResult.of(a, !text.contains(v.asText()), "answer contains it");
      case ICONTAINS ->
          AssertionResult.of(
              a,
              lower(text).contains(lower(v.asText())),
              "answer does not contain it (ignoring case)");
      case REGEX ->
          AssertionResult.of(
              a, Pattern.compile(v.asText()).matcher(text).find(), "no match in the answer");
      case EQUALS ->
          AssertionResult.of(
              a, text.strip().equals(v.asText().strip()), "answer is " + quote(text));
      case JSON_VALID ->
          AssertionResult.of(
              a, JsonChecks.parseStrict(text).isPresent(), "answer is not JSON: " + quote(text));
      case JSON_SCHEMA -> schema(a, text);
      case JSON_PATH -> jsonPath(a, text);
      case TOOL_CALL -> ToolCallCheck.check(a, r.toolCalls());
      case NOT_REFUSAL -> notRefusal(a, r);
      case MAX_LATENCY_MS ->
          atMost(a, BigDecimal.valueOf(r.latencyMs()), "latency " + r.latencyMs() + " ms");
      case MAX_OUTPUT_TOKENS ->
          atMost(a, BigDecimal.valueOf(r.outputTokens()), r.outputTokens() + " output tokens");
      case MAX_COST ->
          cost == null
              ? AssertionResult.of(a, false, "no price known for this model (pass --price)")
              : atMost(a, cost, "cost $" + cost.stripTrailingZeros().toPlainString());
      case LLM_RUBRIC ->
          judge == null
              ? AssertionResult.of(a, false, "no judge model (pass --judge)")
              : judge.grade(a, c, r);
    };
  }

  private static AssertionResult schema(AssertionSpec a, String text) {
    Optional<JsonNode> json = JsonChecks.parseStrict(text);
    if (json.isEmpty()) {
      return AssertionResult.of(a, false, "answer is not JSON");
    }
    List<String> errors = JsonChecks.violations(a.value(), json.get());
    return AssertionResult.of(a, errors.isEmpty(), String.join("; ", errors));
  }

  private static AssertionResult jsonPath(AssertionSpec a, String text) {
    Optional<JsonNode> json = JsonChecks.parseStrict(text);
    if (json.isEmpty()) {
      return AssertionResult.of(a, false, "answer is not JSON");
    }
    Optional<JsonNode> found = JsonChecks.at(json.get(), a.path());
    if (found.isEmpty()) {
      return AssertionResult.of(a, false, "nothing at " + a.path());
    }
    if (a.value() == null) {
      return AssertionResult.pass(a);
    }
    return AssertionResult.of(
        a, JsonValues.same(a.value(), found.get()), a.path() + " is " + found.get());
  }

  private static AssertionResult notRefusal(AssertionSpec a, ModelResponse r) {
    if (StopReasons.guardrail(r)) {
      return AssertionResult.of(a, false, "a guardrail intervened");
    }
    String why = StopReasons.why(r);
    return AssertionResult.of(a, why == null, why + ": " + quote(r.text()));
  }

  private static AssertionResult atMost(AssertionSpec a, BigDecimal actual, String what) {
    return AssertionResult.of(
        a,
        actual.compareTo(a.value().decimalValue()) <= 0,
        what + " exceeds " + a.value().asText());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The start of a text for a failure reason. */
  static String quote(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return "\"" + (t.length() > 120 ? t.substring(0, 117) + "..." : t) + "\"";
  }
}
