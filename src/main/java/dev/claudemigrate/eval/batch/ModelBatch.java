package dev.claudemigrate.eval.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.eval.Call;
import dev.claudemigrate.eval.ModelRequest;
import dev.claudemigrate.eval.RunPlan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The records one model answers in one batch job: one JSONL line per call, {@code {"recordId",
 * "modelInput"}}. Record IDs are derived from case ID, side, model and repeat, so answers join back
 * to their calls whatever order the job writes them in.
 *
 * @param model the model or inference-profile ID
 * @param records the calls by record ID, in dataset order
 * @param requests the request of each record ID
 * @param jsonl the input file's text
 * @param digest a hash of the input; equal inputs are the same job (a rerun polls it)
 */
public record ModelBatch(
    String model,
    Map<String, Call> records,
    Map<String, ModelRequest> requests,
    String jsonl,
    String digest) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One batch per model of {@code plan}, over {@code calls}, in the order the models appear. */
  public static List<ModelBatch> of(List<Call> calls, RunPlan plan) {
    Map<String, List<Call>> byModel = new LinkedHashMap<>();
    for (Call c : calls) {
      byModel.computeIfAbsent(plan.model(c.side()), m -> new ArrayList<>()).add(c);
    }
    List<ModelBatch> out = new ArrayList<>();
    byModel.forEach((model, list) -> out.add(build(model, list, plan)));
    return out;
  }

  private static ModelBatch build(String model, List<Call> calls, RunPlan plan) {
    Map<String, Call> records = new LinkedHashMap<>();
    Map<String, ModelRequest> requests = new LinkedHashMap<>();
    StringBuilder jsonl = new StringBuilder();
    for (Call c : calls) {
      ModelRequest request = plan.request(c.evalCase(), c.side());
      String id = recordId(c, model);
      records.put(id, c);
      requests.put(id, request);
      ObjectNode line = MAPPER.createObjectNode().put("recordId", id);
      line.set("modelInput", MessagesFormat.body(request));
      jsonl.append(line).append('\n');
    }
    String text = jsonl.toString();
    return new ModelBatch(
        model, records, requests, text, sha256(model + "\n" + text).substring(0, 16));
  }

  /**
   * A readable, unique record ID: the case ID (letters, digits and dashes, at most 40), side
   * initial, repeat, and a short hash of all four parts (two case IDs that clean up alike still
   * differ).
   */
  static String recordId(Call c, String model) {
    String clean = c.evalCase().id().replaceAll("[^A-Za-z0-9-]", "-");
    if (clean.length() > 40) {
      clean = clean.substring(0, 40);
    }
    String side = c.side().name().substring(0, 1).toLowerCase(Locale.ROOT);
    String hash =
        sha256(c.evalCase().id() + "\n" + c.side() + "\n" + model + "\n" + c.repeat())
            .substring(0, 8);
    return clean + "-" + side + c.repeat() + "-" + hash;
  }

  /** The file-name-safe form of the model ID, for object keys and job names. */
  public String safeModel() {
    return model.replaceAll("[^A-Za-z0-9-]", "-");
  }

  public int size() {
    return records.size();
  }

  public byte[] bytes() {
    return jsonl.getBytes(StandardCharsets.UTF_8);
  }

  static String sha256(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
