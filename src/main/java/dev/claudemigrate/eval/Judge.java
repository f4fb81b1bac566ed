package dev.claudemigrate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Grades an answer against a rubric with a judge model ({@code llm-rubric}). The judge must reply
 * with JSON {@code {"pass": bool, "reason": str}}; anything else fails the check with what it said.
 */
final class Judge {
  static final String SYSTEM =
      "You grade an AI assistant's answer against a rubric. Judge only whether the answer meets the rubric. "
          + "Reply with a single JSON object and nothing else: {\"pass\": true or false, \"reason\": \"one sentence\"}.";
  private static final int MAX_TOKENS = 400;

  private final ModelInvoker invoker;
  private final String modelId;

  Judge(ModelInvoker invoker, String modelId) {
    this.invoker = invoker;
    this.modelId = modelId;
  }

  String modelId() {
    return modelId;
  }

  AssertionResult grade(AssertionSpec a, EvalCase c, ModelResponse answer) {
    ModelResponse verdict = invoker.invoke(request(a.value().asText(), c, answer));
    if (verdict.failed()) {
      return AssertionResult.of(a, false, "judge call failed: " + verdict.error());
    }
    Optional<JsonNode> json = firstObject(verdict.text());
    if (json.isEmpty() || !json.get().path("pass").isBoolean()) {
      return AssertionResult.of(
          a,
          false,
          "judge did not answer {\"pass\", \"reason\"}: " + Assertions.quote(verdict.text()));
    }
    boolean pass = json.get().get("pass").asBoolean();
    return new AssertionResult(a.describe(), pass, json.get().path("reason").asText(""));
  }

  /** The judge's prompt: the rubric, the question and the answer, each fenced off in tags. */
  ModelRequest request(String rubric, EvalCase c, ModelResponse answer) {
    StringBuilder sb = new StringBuilder();
    sb.append("<rubric>\n").append(rubric).append("\n</rubric>\n\n");
    sb.append("<question>\n").append(c.lastUserText()).append("\n</question>\n\n");
    sb.append("<answer>\n").append(answer.text());
    answer
        .toolCalls()
        .forEach(
            t ->
                sb.append("\n[tool call ")
                    .append(t.name())
                    .append(' ')
                    .append(t.input())
                    .append(']'));
    sb.append("\n</answer>\n\nDoes the answer meet the rubric? Reply with the JSON object only.");
    return new ModelRequest(
        modelId,
        SYSTEM,
        List.of(new Message("user", sb.toString())),
        List.of(),
        MAX_TOKENS,
        null,
        null);
  }

  /** The first JSON object in a text (judges sometimes wrap it in a code fence). */
  static Optional<JsonNode> firstObject(String text) {
    int start = text.indexOf('{');
    while (start >= 0) {
      int end = text.lastIndexOf('}');
      while (end > start) {
        Optional<JsonNode> node = JsonChecks.parseStrict(text.substring(start, end + 1));
        if (node.isPresent() && node.get().isObject()) {
          return node;
        }
        end = text.lastIndexOf('}', end - 1);
      }
      start = text.indexOf('{', start + 1);
    }
    return Optional.empty();
  }
}
