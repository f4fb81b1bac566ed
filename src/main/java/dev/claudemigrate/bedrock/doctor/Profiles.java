package dev.claudemigrate.bedrock.doctor;

import dev.claudemigrate.bedrock.Diagnoser;
import dev.claudemigrate.bedrock.ModelChoice;
import dev.claudemigrate.bedrock.doctor.DoctorItem.Status;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdForm;
import dev.claudemigrate.catalog.Model;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.InferenceProfileSummary;
import software.amazon.awssdk.services.bedrock.model.InferenceProfileType;
import software.amazon.awssdk.services.bedrock.model.ListInferenceProfilesResponse;

/** Finds the system-defined inference profile that fits the region and holds the model. */
final class Profiles {
  private static final int MAX_PAGES = 20;

  private final BedrockClient control;
  private final Catalog catalog;
  private final Diagnoser diagnoser;
  private final Duration timeout;

  Profiles(BedrockClient control, Catalog catalog, Diagnoser diagnoser, Duration timeout) {
    this.control = control;
    this.catalog = catalog;
    this.diagnoser = diagnoser;
    this.timeout = timeout;
  }

  DoctorItem check(ModelChoice choice, String baseId, String region) {
    List<InferenceProfileSummary> all;
    try {
      all = list();
    } catch (SdkException e) {
      return Doctor.failed(diagnoser, timeout, "inference profile", "ListInferenceProfiles", e);
    }
    List<InferenceProfileSummary> holding = all.stream().filter(p -> holds(p, baseId)).toList();
    String wanted = wanted(choice).orElse(null);
    Optional<InferenceProfileSummary> found =
        holding.stream().filter(p -> p.inferenceProfileId().equals(wanted)).findFirst();
    if (found.isPresent()) {
      InferenceProfileSummary p = found.get();
      return new DoctorItem(
          "inference profile",
          "ACTIVE".equals(p.statusAsString()) ? Status.READY : Status.NOT_READY,
          p.inferenceProfileId() + " is " + p.statusAsString() + ", routes to " + regions(p),
          null);
    }
    String others =
        holding.isEmpty()
            ? "none in " + region
            : holding.stream()
                .map(InferenceProfileSummary::inferenceProfileId)
                .collect(Collectors.joining(", "));
    if (wanted == null) {
      boolean needs = choice.model().map(Model::requiresProfile).orElse(false);
      return new DoctorItem(
          "inference profile",
          needs ? Status.NOT_READY : Status.INFO,
          choice.modelId()
              + " is a base model ID"
              + (needs ? " and cannot be called on demand" : "")
              + "; profiles with it: "
              + others,
          needs ? "call an inference profile: --to picks " + others : null);
    }
    return new DoctorItem(
        "inference profile",
        Status.NOT_READY,
        wanted + " is not offered in " + region + "; profiles with the model: " + others,
        holding.isEmpty()
            ? "use a region whose profiles hold the model"
            : "pass --model with one of: " + others);
  }

  /** The profile smoke would call, when the chosen ID is a profile ID. */
  private Optional<String> wanted(ModelChoice choice) {
    boolean isProfile =
        catalog
            .identify(choice.modelId())
            .map(m -> m.form() == IdForm.INFERENCE_PROFILE)
            .orElse(false);
    return isProfile ? Optional.of(choice.modelId()) : Optional.empty();
  }

  private List<InferenceProfileSummary> list() {
    List<InferenceProfileSummary> out = new ArrayList<>();
    String token = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String next = token;
      ListInferenceProfilesResponse r =
          control.listInferenceProfiles(
              b ->
                  b.typeEquals(InferenceProfileType.SYSTEM_DEFINED)
                      .maxResults(1000)
                      .nextToken(next));
      out.addAll(r.inferenceProfileSummaries());
      token = r.nextToken();
      if (token == null || token.isEmpty()) {
        break;
      }
    }
    return out;
  }

  private static boolean holds(InferenceProfileSummary p, String baseId) {
    return p.models().stream()
        .anyMatch(m -> m.modelArn() != null && m.modelArn().endsWith("/" + baseId));
  }

  /** The regions a profile routes to, read from its foundation-model ARNs. */
  static String regions(InferenceProfileSummary p) {
    return p.models().stream()
        .map(m -> m.modelArn().split(":"))
        .filter(a -> a.length > 3)
        .map(a -> a[3])
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
