package dev.claudemigrate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.claudemigrate.bedrock.BedrockStandIn.Received;
import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import dev.claudemigrate.bedrock.FakeClaude;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers Converse on the Bedrock stand-in the way eval needs: deterministically per model ID and
 * prompt, from a scenario (which answer each model gives to which prompt: "baseline" for Sonnet
 * 4.5, "candidate" for Sonnet 4.6), with the judge, guardrail and thinking behaviour of Bedrock. A
 * prompt the scenario does not know gets a generic answer. Models are turned away as {@link
 * FakeClaude} turns them away: a retired model (Sonnet 4, 3.7, 3.5) with Bedrock's end-of-life 404,
 * a base ID called on demand with the 400.
 */
public final class EvalStandInModels implements Function<Received, Reply> {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final List<JsonNode> scenario;

  EvalStandInModels(List<JsonNode> scenario) {
    this.scenario = List.copyOf(scenario);
  }

  /** The scenario behind samples/eval/recording.jsonl. */
  public static EvalStandInModels sample() throws IOException {
    try (InputStream in = EvalStandInModels.class.getResourceAsStream("sample-answers.yaml")) {
      JsonNode list = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<JsonNode> entries = new ArrayList<>();
      list.forEach(entries::add);
      return new EvalStandInModels(entries);
    }
  }

  @Override
  public Reply apply(Received r) {
    if (!"Converse".equals(r.operation())) {
      return Reply.error(
          404, "UnknownOperationException", "the eval stand-in answers Converse only");
    }
    Optional<Reply> away = FakeClaude.turnedAway(r.resource());
    if (away.isPresent()) {
      return away.get();
    }
    JsonNode body = r.body();
    String lastUser = lastUser(body);
    boolean judging = body.path("system").path(0).path("text").asText().equals(Judge.SYSTEM);
    String prompt = judging ? between(lastUser, "<question>\n", "\n</question>") : lastUser;
    Optional<JsonNode> entry =
        scenario.stream()
            .filter(e -> prompt.contains(e.path("match").asText()))
            .max(Comparator.comparingInt(e -> e.path("match").asText().length()));
    ObjectNode answer = judging ? judgeAnswer(entry) : modelAnswer(r.resource(), entry, lastUser);
    if (body.has("guardrailConfig")
        && entry.map(e -> e.path("guardrail").asBoolean()).orElse(false)) {
      answer =
          F.objectNode()
              .put("text", "Sorry, the model cannot answer this question.")
              .put("stopReason", "guardrail_intervened")
              .put("latencyMs", 300);
    }
    return Reply.ok(response(answer, body).toString());
  }

  private static ObjectNode modelAnswer(String modelId, Optional<JsonNode> entry, String prompt) {
    String side =
        modelId.contains("claude-sonnet-4-5")
            ? "baseline"
            : modelId.contains("claude-sonnet-4-6") ? "candidate" : "other";
    JsonNode a = entry.map(e -> e.get(side)).orElse(null);
    if (a == null) {
      return F.objectNode()
          .put(
              "text",
              "["
                  + modelId
                  + "] I can help with that: "
                  + prompt.length()
                  + " characters received.")
          .put("latencyMs", 1000 + prompt.length() % 500);
    }
    return a.deepCopy();
  }

  private static ObjectNode judgeAnswer(Optional<JsonNode> entry) {
    JsonNode verdict = entry.map(e -> e.get("judge")).orElse(null);
    ObjectNode v =
        verdict == null
            ? F.objectNode().put("pass", true).put("reason", "Meets the rubric.")
            : verdict.deepCopy();
    return F.objectNode().put("text", v.toString()).put("latencyMs", 900);
  }

  /**
   * A Converse response body: content, stop reason, usage and metrics; thinking when it was asked
   * for.
   */
  private static ObjectNode response(ObjectNode a, JsonNode request) {
    ObjectNode out = F.objectNode();
    ArrayNode content =
        out.putObject("output").putObject("message").put("role", "assistant").putArray("content");
    long thinking = 0;
    int budget =
        request
            .path("additionalModelRequestFields")
            .path("thinking")
            .path("budget_tokens")
            .asInt(0);
    if (budget > 0) {
      String reasoning =
          "The customer asks: "
              + lastUser(request).strip()
              + " Check the policy in the system prompt and answer briefly.";
      content
          .addObject()
          .putObject("reasoningContent")
          .putObject("reasoningText")
          .put("text", reasoning)
          .put("signature", "c3RhbmQtaW4=");
      thinking = (reasoning.length() + 3) / 4;
    }
    String text = a.path("text").asText("");
    if (!text.isEmpty()) {
      content.addObject().put("text", text);
    }
    JsonNode tool = a.get("tool");
    if (tool != null && request.has("toolConfig")) {
      content
          .addObject()
          .putObject("toolUse")
          .put("toolUseId", "tooluse_" + Integer.toHexString(tool.toString().hashCode()))
          .put("name", tool.path("name").asText())
          .set("input", tool.path("input"));
    }
    String stop =
        a.has("stopReason")
            ? a.get("stopReason").asText()
            : tool != null && request.has("toolConfig") ? "tool_use" : "end_turn";
    long in =
        (request.path("system").toString().length()
                + request.path("messages").toString().length()
                + request.path("toolConfig").toString().length())
            / 4;
    long outTokens =
        a.has("outputTokens")
            ? a.get("outputTokens").asLong()
            : (text.length() + (tool == null ? 0 : tool.toString().length()) + 3) / 4;
    out.put("stopReason", stop);
    out.putObject("usage")
        .put("inputTokens", in)
        .put("outputTokens", outTokens + thinking)
        .put("totalTokens", in + outTokens + thinking);
    out.putObject("metrics").put("latencyMs", a.path("latencyMs").asLong(1000) + thinking * 10);
    return out;
  }

  private static String lastUser(JsonNode body) {
    JsonNode messages = body.path("messages");
    for (int i = messages.size() - 1; i >= 0; i--) {
      if ("user".equals(messages.get(i).path("role").asText())) {
        return messages.get(i).path("content").path(0).path("text").asText("");
      }
    }
    return "";
  }

  private static String between(String text, String start, String end) {
    int a = text.indexOf(start);
    int b = text.indexOf(end, Math.max(a, 0));
    return a < 0 || b < 0 ? text : text.substring(a + start.length(), b);
  }
}
