package dev.claudemigrate.bedrock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailAssessment;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailTraceAssessment;

/**
 * Names the guardrail policies that acted, from the trace Converse returns when trace is enabled.
 */
final class GuardrailTraces {
  private GuardrailTraces() {}

  /**
   * e.g. {@code input: content filter VIOLENCE (HIGH) BLOCKED; output: topic 'Investing' BLOCKED},
   * or empty.
   */
  static String summarize(ConverseResponse response) {
    if (response == null || response.trace() == null || response.trace().guardrail() == null) {
      return "";
    }
    GuardrailTraceAssessment t = response.trace().guardrail();
    List<String> parts = new ArrayList<>();
    t.inputAssessment().values().forEach(a -> acted("input", a, parts));
    for (Map.Entry<String, List<GuardrailAssessment>> e : t.outputAssessments().entrySet()) {
      e.getValue().forEach(a -> acted("output", a, parts));
    }
    return String.join("; ", parts);
  }

  private static void acted(String side, GuardrailAssessment a, List<String> out) {
    if (a.topicPolicy() != null) {
      a.topicPolicy().topics().stream()
          .filter(x -> !"NONE".equals(x.actionAsString()))
          .forEach(x -> out.add(side + ": topic '" + x.name() + "' " + x.actionAsString()));
    }
    if (a.contentPolicy() != null) {
      a.contentPolicy().filters().stream()
          .filter(x -> !"NONE".equals(x.actionAsString()))
          .forEach(
              x ->
                  out.add(
                      side
                          + ": content filter "
                          + x.typeAsString()
                          + " ("
                          + x.confidenceAsString()
                          + ") "
                          + x.actionAsString()));
    }
    if (a.wordPolicy() != null) {
      a.wordPolicy().customWords().stream()
          .filter(x -> !"NONE".equals(x.actionAsString()))
          .forEach(x -> out.add(side + ": word '" + x.match() + "' " + x.actionAsString()));
    }
    if (a.sensitiveInformationPolicy() != null) {
      a.sensitiveInformationPolicy().piiEntities().stream()
          .filter(x -> !"NONE".equals(x.actionAsString()))
          .forEach(x -> out.add(side + ": PII " + x.typeAsString() + " " + x.actionAsString()));
    }
  }
}
