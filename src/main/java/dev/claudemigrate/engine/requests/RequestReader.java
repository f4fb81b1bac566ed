package dev.claudemigrate.engine.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudemigrate.engine.ProjectRegion;
import dev.claudemigrate.engine.requests.RequestShape.Api;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Mappings;
import dev.claudemigrate.engine.syntax.structure.Member;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Claude requests of one code file in its key/value objects: Converse calls ({@code
 * modelId} with {@code messages}, {@code inferenceConfig}, {@code toolConfig}, ...), InvokeModel
 * calls ({@code modelId} with {@code body}) and the Anthropic Messages bodies they send ({@code
 * anthropic_version}). A body sent by no call the file shows gets the model of the file's only
 * InvokeModel call, or none.
 */
final class RequestReader {
  private static final List<String> CONVERSE_KEYS =
      List.of(
          "messages",
          "inferenceConfig",
          "toolConfig",
          "additionalModelRequestFields",
          "system",
          "guardrailConfig");

  private final SourceFile file;
  private final String projectRegion;

  RequestReader(SourceFile file, String projectRegion) {
    this.file = file;
    this.projectRegion = projectRegion;
  }

  /** A request found: its shape and call site, or why it cannot be smoke-tested. */
  record Found(RequestShape shape, CallSite site, RuntimeRequest runtime) {}

  List<Found> read() {
    List<Mapping> all = Mappings.of(file);
    Values values = new Values(file, all);
    String fileRegion = ProjectRegion.find(file.language(), file.text()).orElse(projectRegion);
    List<Mapping> invokeCalls =
        all.stream().filter(m -> has(m, "modelId") && has(m, "body")).toList();
    List<Found> out = new ArrayList<>();
    Set<Integer> keyStarts = new HashSet<>();
    all.forEach(m -> m.members().forEach(x -> keyStarts.add(x.keyStart())));
    for (Mapping body : bodies(all)) {
      Mapping call =
          invokeCalls.stream()
              .filter(
                  c -> c.member("body").flatMap(values::mapping).filter(b -> b == body).isPresent())
              .findFirst()
              .orElse(invokeCalls.size() == 1 ? invokeCalls.get(0) : null);
      out.add(
          new ShapeReading(file, values, Api.INVOKE_MODEL, fileRegion)
              .messages(body, call, keyStarts));
    }
    for (Mapping m : all) {
      if (has(m, "modelId") && !has(m, "body") && CONVERSE_KEYS.stream().anyMatch(k -> has(m, k))) {
        out.add(new ShapeReading(file, values, Api.CONVERSE, fileRegion).converse(m));
      }
    }
    return out;
  }

  /**
   * The Messages bodies: objects with {@code anthropic_version}, less those whose members (the same
   * source members, by offset) another body extends: statements that build one body give one object
   * per statement chain and per block, and the fullest one per branch is the request sent.
   */
  private static List<Mapping> bodies(List<Mapping> all) {
    List<Mapping> bodies = all.stream().filter(m -> has(m, "anthropic_version")).toList();
    List<Mapping> out = new ArrayList<>();
    for (Mapping b : bodies) {
      boolean prefix =
          bodies.stream()
              .anyMatch(
                  o ->
                      o != b
                          && o.members().size() > b.members().size()
                          && keyStarts(o).containsAll(keyStarts(b)));
      if (!prefix) {
        out.add(b);
      }
    }
    return out;
  }

  private static List<Integer> keyStarts(Mapping m) {
    return m.members().stream().map(Member::keyStart).toList();
  }

  static boolean has(Mapping m, String key) {
    return m.member(key).isPresent();
  }

  /** Reads one request object into a shape (a fresh reader per request). */
  static final class ShapeReading {
    private final SourceFile file;
    private final Values values;
    private final ShapeParts parts;

    ShapeReading(SourceFile file, Values values, Api api, String region) {
      this.file = file;
      this.values = values;
      this.parts = new ShapeParts(api, region);
    }

    /** An InvokeModel body; the model and guardrail come from the call, when it is known. */
    Found messages(Mapping body, Mapping call, Set<Integer> keyStarts) {
      int bodyLine = line(body.start());
      int callLine = call == null ? bodyLine : line(call.start());
      if (call == null) {
        return parts.runtimeRequest(
            site(callLine, 0), "model ID: no InvokeModel call in this file sends this body");
      }
      modelAndGuardrail(call, "guardrailIdentifier", "guardrailVersion");
      parts.system(read(body, "system"));
      parts.maxTokens(read(body, "max_tokens"));
      parts.temperature(read(body, "temperature"));
      parts.topP(read(body, "top_p"));
      parts.topK(read(body, "top_k"));
      parts.thinking(read(body, "thinking"));
      parts.betas(read(body, "anthropic_beta"));
      parts.tools(read(body, "tools"), false);
      parts.unreadKeys(
          file.text(),
          body,
          keyStarts,
          List.of("tools", "thinking", "anthropic_beta", "system", "temperature", "top_p"));
      return parts.found(site(callLine, bodyLine));
    }

    /** A Converse request: inference settings, additional fields and tool config inside it. */
    Found converse(Mapping request) {
      modelAndGuardrail(request, null, null);
      request
          .member("guardrailConfig")
          .flatMap(values::mapping)
          .ifPresent(
              g -> parts.guardrail(read(g, "guardrailIdentifier"), read(g, "guardrailVersion")));
      parts.system(read(request, "system"));
      Optional<Mapping> inference = request.member("inferenceConfig").flatMap(values::mapping);
      inference.ifPresent(
          c -> {
            parts.maxTokens(read(c, "maxTokens"));
            parts.temperature(read(c, "temperature"));
            parts.topP(read(c, "topP"));
          });
      if (inference.isEmpty() && has(request, "inferenceConfig")) {
        parts.runtime("inferenceConfig", request.member("inferenceConfig").get().value().text());
      }
      request.member("additionalModelRequestFields").ifPresent(this::additional);
      request.member("toolConfig").ifPresent(this::toolConfig);
      return parts.found(site(line(request.start()), 0));
    }

    private void additional(Member fields) {
      Optional<Mapping> m = values.mapping(fields);
      if (m.isEmpty()) {
        parts.runtime("additionalModelRequestFields", fields.value().text());
        return;
      }
      parts.thinking(read(m.get(), "thinking"));
      parts.betas(read(m.get(), "anthropic_beta"));
      parts.topK(read(m.get(), "top_k"));
      parts.tools(read(m.get(), "tools"), false);
    }

    private void toolConfig(Member config) {
      Optional<Mapping> m = values.mapping(config);
      if (m.isEmpty()) {
        parts.runtime("toolConfig", config.value().text());
        return;
      }
      parts.tools(read(m.get(), "tools"), true);
    }

    private void modelAndGuardrail(Mapping call, String idKey, String versionKey) {
      parts.model(read(call, "modelId"));
      if (idKey != null && has(call, idKey)) {
        parts.guardrail(read(call, idKey), read(call, versionKey));
      }
    }

    /** The member's value, or empty when the object does not set it. */
    private Optional<Read<JsonNode>> read(Mapping m, String key) {
      return m.member(key).filter(x -> x.value().isSet()).map(values::json);
    }

    private CallSite site(int line, int bodyLine) {
      return new CallSite(file.path(), line, bodyLine, List.of());
    }

    private int line(int offset) {
      return file.span(offset, offset).line();
    }
  }
}
