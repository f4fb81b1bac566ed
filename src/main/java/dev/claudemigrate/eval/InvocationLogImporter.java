package dev.claudemigrate.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Builds cases from Bedrock model-invocation-log records (JSON Lines, plain or {@code .gz}, as
 * delivered to S3; CloudWatch exports with the record in {@code message} also work), so mirrored
 * production traffic can be replayed. Converse and InvokeModel (Messages API) bodies are read; the
 * logged answer becomes the case's reference, checked by {@code not-refusal}, the same tool call,
 * and, when a judge is given, an {@code llm-rubric} against the reference.
 */
public final class InvocationLogImporter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /**
   * The imported cases and the dataset entries they were built from (to save and curate).
   *
   * @param dataset the cases, and an error per record that could not become one
   * @param entries the cases in dataset form, one JSON object each
   */
  public record Imported(Dataset dataset, List<JsonNode> entries) {}

  private InvocationLogImporter() {}

  public static Imported load(Path file, boolean withJudge) throws IOException {
    List<EvalCase> cases = new ArrayList<>();
    List<DatasetError> errors = new ArrayList<>();
    List<JsonNode> entries = new ArrayList<>();
    try (BufferedReader in = reader(file)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          ObjectNode entry = entry(record(line), n, withJudge);
          cases.add(CaseParser.parse(entry, n));
          entries.add(entry);
        } catch (CaseParser.CaseException e) {
          errors.add(new DatasetError(file.toString(), n, e.getMessage()));
        }
      }
    }
    return new Imported(new Dataset(cases, errors), entries);
  }

  private static BufferedReader reader(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static JsonNode record(String line) throws CaseParser.CaseException {
    try {
      JsonNode r = JsonChecks.MAPPER.readTree(line);
      if (!r.has("input") && r.path("message").isTextual()) {
        r = JsonChecks.MAPPER.readTree(r.get("message").asText());
      }
      return r;
    } catch (JsonProcessingException e) {
      throw new CaseParser.CaseException("not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** One log record as a dataset entry. */
  static ObjectNode entry(JsonNode record, int line, boolean withJudge)
      throws CaseParser.CaseException {
    JsonNode in = record.path("input").path("inputBodyJson");
    if (!in.isObject()) {
      throw new CaseParser.CaseException(
          "no input.inputBodyJson (is text data delivery on for invocation logging?)");
    }
    boolean converse =
        in.has("inferenceConfig")
            || in.has("toolConfig")
            || record.path("operation").asText().startsWith("Converse");
    ObjectNode e = F.objectNode();
    String requestId = record.path("requestId").asText("");
    e.put("id", requestId.isEmpty() ? "log-" + line : "log-" + requestId);
    e.put(
        "description",
        "logged " + record.path("modelId").asText("?") + " " + record.path("timestamp").asText(""));
    e.set("messages", messages(in.path("messages")));
    JsonNode system = in.get("system");
    if (system != null && !system.isNull()) {
      e.set("system", system);
    }
    JsonNode tools = converse ? in.path("toolConfig").path("tools") : in.path("tools");
    if (tools.isArray() && !tools.isEmpty()) {
      e.set("tools", tools);
    }
    int max =
        converse
            ? in.path("inferenceConfig").path("maxTokens").asInt(0)
            : in.path("max_tokens").asInt(0);
    if (max > 0) {
      e.put("max_tokens", max);
    }
    reference(e, record.path("output").path("outputBodyJson"), withJudge);
    return e;
  }

  private static ArrayNode messages(JsonNode messages) throws CaseParser.CaseException {
    if (!messages.isArray() || messages.isEmpty()) {
      throw new CaseParser.CaseException("the logged request has no messages");
    }
    ArrayNode out = F.arrayNode();
    for (JsonNode m : messages) {
      out.addObject()
          .put("role", m.path("role").asText())
          .put("content", CaseParser.contentText(m.get("content"), out.size()));
    }
    return out;
  }

  /**
   * The logged answer (Converse {@code output.message.content} or Messages {@code content}) as
   * reference and checks.
   */
  private static void reference(ObjectNode e, JsonNode out, boolean withJudge) {
    JsonNode content =
        out.has("output")
            ? out.path("output").path("message").path("content")
            : out.path("content");
    StringBuilder text = new StringBuilder();
    String tool = null;
    for (JsonNode block : content) {
      if (block.path("text").isTextual()) {
        text.append(text.length() == 0 ? "" : "\n").append(block.get("text").asText());
      }
      JsonNode use =
          block.has("toolUse")
              ? block.get("toolUse")
              : "tool_use".equals(block.path("type").asText()) ? block : null;
      if (use != null && tool == null) {
        tool = use.path("name").asText();
      }
    }
    ArrayNode checks = e.putArray("assert");
    checks.addObject().put("type", "not-refusal");
    if (tool != null) {
      checks.addObject().put("type", "tool-call").put("value", tool);
    }
    if (text.length() > 0) {
      e.put("reference", text.toString());
      if (withJudge) {
        checks
            .addObject()
            .put("type", "llm-rubric")
            .put(
                "value",
                "The answer gives substantially the same information and decisions as this reference answer, which production accepted "
                    + "(wording may differ):\n"
                    + text);
      }
    }
  }
}
