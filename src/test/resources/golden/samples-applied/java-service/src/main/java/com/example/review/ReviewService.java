package com.example.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.BedrockRuntimeException;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelResponse;

/** Reviews a pull-request checkout with Claude on Bedrock and lets it fix what it finds. */
public final class ReviewService {
  static final String MODEL_ID = "us.anthropic.claude-sonnet-4-6";
  private static final int MAX_TURNS = 12;
  private static final Logger LOG = Logger.getLogger(ReviewService.class.getName());

  private final BedrockRuntimeClient client;
  private final ObjectMapper mapper = new ObjectMapper();
  private final FileEditor editor;
  private final boolean extendedThinking;

  public ReviewService(BedrockRuntimeClient client, Path checkout, boolean extendedThinking) {
    this.client = client;
    this.editor = new FileEditor(checkout);
    this.extendedThinking = extendedThinking;
  }

  /** Runs the review conversation and returns Claude's final summary. */
  public String review(String diff) throws IOException {
    ObjectNode body = mapper.createObjectNode();
    body.put("anthropic_version", "bedrock-2023-05-31");
    body.put("max_tokens", 4096);
    body.put("system", "You review Java pull requests. Fix only clear bugs, then summarise.");
    if (extendedThinking) {
      ObjectNode thinking = body.putObject("thinking");
      thinking.put("type", "enabled");
      thinking.put("budget_tokens", 512);
    } else {
      body.put("temperature", 0.2);
    }
    body.putArray("tools").add(loadTool("/tools/editor-tool.json"));
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "user").put("content", "Review this change:\n" + diff);

    for (int turn = 0; turn < MAX_TURNS; turn++) {
      JsonNode result = invoke(body);
      messages.addObject().put("role", "assistant").set("content", result.path("content"));
      String stopReason = result.path("stop_reason").asText();
      switch (stopReason) {
        case "end_turn":
        case "stop_sequence":
          return textOf(result);
        case "max_tokens":
          LOG.warning("review reply truncated at max_tokens");
          return textOf(result);
        case "tool_use":
          messages.addObject().put("role", "user").set("content", runTools(result.path("content")));
          break;
      }
    }
    throw new IllegalStateException("review did not finish in " + MAX_TURNS + " turns");
  }

  private JsonNode invoke(ObjectNode body) throws IOException {
    SdkBytes payload = SdkBytes.fromUtf8String(mapper.writeValueAsString(body));
    try {
      InvokeModelResponse response = client.invokeModel(request -> request
          .modelId(MODEL_ID)
          .contentType("application/json")
          .accept("application/json")
          .body(payload));
      return mapper.readTree(response.body().asUtf8String());
    } catch (BedrockRuntimeException e) {
      LOG.severe("Bedrock call failed: " + e.awsErrorDetails().errorMessage());
      throw e;
    }
  }

  private ArrayNode runTools(JsonNode content) {
    ArrayNode results = mapper.createArrayNode();
    for (JsonNode block : content) {
      if (!"tool_use".equals(block.path("type").asText())) {
        continue;
      }
      ObjectNode result = results.addObject().put("type", "tool_result").put("tool_use_id", block.path("id").asText());
      try {
        if (!FileEditor.TOOL_NAME.equals(block.path("name").asText())) {
          throw new IllegalArgumentException("unknown tool " + block.path("name").asText());
        }
        result.put("content", editor.handle(block.path("input")));
      } catch (IOException | IllegalArgumentException e) {
        result.put("content", e.getMessage()).put("is_error", true);
      }
    }
    return results;
  }

  private static String textOf(JsonNode result) {
    StringBuilder text = new StringBuilder();
    result.path("content").forEach(b -> text.append(b.path("text").asText("")));
    return text.toString();
  }

  private JsonNode loadTool(String resource) {
    try (InputStream in = ReviewService.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ReviewService <checkout-dir> <diff-file>");
      System.exit(2);
    }
    boolean thinking = Boolean.parseBoolean(System.getenv().getOrDefault("REVIEW_EXTENDED_THINKING", "false"));
    try (BedrockRuntimeClient client = BedrockRuntimeClient.builder().region(Region.US_EAST_1).build()) {
      String diff = java.nio.file.Files.readString(Path.of(args[1]));
      System.out.println(new ReviewService(client, Path.of(args[0]), thinking).review(diff));
    }
  }
}
