package dev.claudemigrate.bedrock.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudemigrate.bedrock.InputFileException;
import dev.claudemigrate.bedrock.Json;
import dev.claudemigrate.bedrock.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One prompt for the basic (and guardrail and thinking) turns, as given by --prompt or one line of
 * a --prompts JSONL file: {@code {"name": "...", "prompt": "...", "system": "...", "expect": "...",
 * "temperature": 0.2, "topK": 40}}; only {@code prompt} is required.
 *
 * @param name the case name shown in reports
 * @param prompt the user message
 * @param system the system prompt, or null
 * @param expect text the answer must contain (case-insensitive), or null
 * @param temperature the temperature the app sends, or null (thinking forbids changing it)
 * @param topK the top_k the app sends, or null (thinking forbids it)
 */
public record PromptCase(
    String name, String prompt, String system, String expect, Double temperature, Integer topK) {

  /** The built-in case when neither --prompt nor --prompts is given. */
  public static final PromptCase DEFAULT =
      new PromptCase(
          "default",
          "Reply with one short sentence confirming that you can read this message.",
          null,
          null,
          null,
          null);

  /** A case from --prompt. */
  public static PromptCase of(String prompt) {
    return new PromptCase("prompt", prompt, null, null, null, null);
  }

  /** Reads a --prompts file; a bad line fails with file, line number and reason. */
  public static List<PromptCase> read(Path file) throws IOException {
    List<PromptCase> out = new ArrayList<>();
    List<String> lines = TextFiles.readLines(file, "prompts file");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("//")) {
        continue;
      }
      int number = i + 1;
      JsonNode n =
          Json.parse(line)
              .filter(JsonNode::isObject)
              .orElseThrow(() -> new IOException(file + ":" + number + ": not a JSON object"));
      if (!n.path("prompt").isTextual() || n.path("prompt").asText().isBlank()) {
        throw new InputFileException(file + ":" + number + ": \"prompt\" (text) is required");
      }
      out.add(
          new PromptCase(
              n.path("name").asText("case-" + (out.size() + 1)),
              n.path("prompt").asText(),
              text(n, "system"),
              text(n, "expect"),
              n.path("temperature").isNumber() ? n.path("temperature").asDouble() : null,
              n.path("topK").isNumber() ? n.path("topK").asInt() : null));
    }
    if (out.isEmpty()) {
      throw new InputFileException(file + ": no prompt cases");
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    return n.path(field).isTextual() ? n.path(field).asText() : null;
  }
}
