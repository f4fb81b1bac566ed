package dev.claudemigrate.bedrock.doctor;

import dev.claudemigrate.bedrock.AwsContext;
import dev.claudemigrate.bedrock.Diagnoser;
import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.bedrock.ModelChoice;
import dev.claudemigrate.bedrock.doctor.DoctorItem.Status;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Lifecycle;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.Source;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.FoundationModelDetails;
import software.amazon.awssdk.services.bedrock.model.GetGuardrailResponse;

/**
 * The preflight: asks the Bedrock control plane whether the target model is active in the region,
 * whether the account may use it, which inference profile fits the region, and whether the
 * guardrail is ready; each answer becomes a {@link DoctorItem} with its fix.
 */
public final class Doctor {
  static final String READ_ONLY_IAM =
      "allow the read-only actions bedrock:GetFoundationModel, bedrock:GetFoundationModelAvailability, "
          + "bedrock:ListInferenceProfiles and bedrock:GetGuardrail for doctor (smoke needs only bedrock:InvokeModel)";

  private final BedrockClient control;
  private final Catalog catalog;
  private final Diagnoser diagnoser;
  private final Duration timeout;
  private final LocalDate today;

  public Doctor(
      BedrockClient control,
      Catalog catalog,
      Diagnoser diagnoser,
      Duration timeout,
      LocalDate today) {
    this.control = control;
    this.catalog = catalog;
    this.diagnoser = diagnoser;
    this.timeout = timeout;
    this.today = today;
  }

  /**
   * Runs every check, one failing not stopping the others; then compares the catalog's lifecycle of
   * each model the project uses (empty without DIR) with the region's, a disagreement being a
   * warning.
   */
  public DoctorReport run(
      AwsContext context,
      ModelChoice choice,
      String guardrailId,
      String guardrailVersion,
      List<Model> projectModels) {
    List<DoctorItem> items = new ArrayList<>();
    FoundationModels models = new FoundationModels(control);
    items.add(DoctorItem.ready("region", context.region() + " (" + context.regionSource() + ")"));
    items.add(DoctorItem.ready("credentials", context.credentialSource()));
    String baseId = baseId(choice);
    items.addAll(model(models.get(baseId), baseId, choice.model()));
    items.add(
        new Access(control, diagnoser, timeout).check(baseId, choice.name(), context.region()));
    items.add(
        new Profiles(control, catalog, diagnoser, timeout).check(choice, baseId, context.region()));
    if (guardrailId != null) {
      items.add(guardrail(guardrailId, guardrailVersion));
    }
    items.addAll(
        new ProjectLifecycles(models, diagnoser, timeout, today)
            .check(projectModels, context.region()));
    return new DoctorReport(choice.modelId(), items);
  }

  /** The base model ID inside a profile ID or ARN. */
  static String baseId(ModelChoice choice) {
    if (choice.model().isPresent()) {
      return choice.model().get().bedrockId();
    }
    String id = choice.modelId();
    int at = id.indexOf("anthropic.");
    return at < 0 ? id : id.substring(at);
  }

  private List<DoctorItem> model(
      FoundationModels.Answer answer, String baseId, Optional<Model> model) {
    List<DoctorItem> out = new ArrayList<>();
    if (answer.error() != null) {
      out.add(failed(diagnoser, timeout, "model", baseId, answer.error()));
      return out;
    }
    FoundationModelDetails d = answer.details();
    String live = d.modelLifecycle() == null ? "UNKNOWN" : d.modelLifecycle().statusAsString();
    String name = d.modelName() != null ? d.modelName() : baseId;
    if (live.equals("ACTIVE")) {
      out.add(DoctorItem.ready("model", name + " (" + baseId + ") is ACTIVE"));
    } else if (live.equals("LEGACY")) {
      String eol =
          d.modelLifecycle().endOfLifeTime() != null
              ? d.modelLifecycle().endOfLifeTime().toString().substring(0, 10)
              : model
                  .flatMap(m -> m.lifecycle().endOfLifeDate())
                  .map(LocalDate::toString)
                  .orElse("not stated");
      out.add(
          new DoctorItem(
              "model",
              Status.WARN,
              name + " (" + baseId + ") is LEGACY; end of life " + eol,
              "it still answers, but plan the move to a newer target before end of life"));
    } else {
      out.add(
          new DoctorItem(
              "model",
              Status.WARN,
              name + " (" + baseId + ") lifecycle status is " + live,
              "check the model's lifecycle in the Bedrock console"));
    }
    model.ifPresent(m -> catalogNote(m, live).ifPresent(out::add));
    return out;
  }

  /**
   * A note when the catalog's dated lifecycle disagrees with the live state (the live state wins).
   */
  private Optional<DoctorItem> catalogNote(Model m, String live) {
    Lifecycle.State expected = m.lifecycle().stateOn(today);
    if (expected.agreesWith(live)) {
      return Optional.empty();
    }
    String dates =
        m.lifecycle().endOfLifeDate().map(d -> "end of life " + d).orElse("state " + expected);
    Source src = m.lifecycle().source();
    String from =
        src == null || src.name() == null
            ? ""
            : " (" + src.name() + (src.uncertain() ? ", uncertain" : "") + ")";
    return Optional.of(
        new DoctorItem(
            "lifecycle",
            Status.INFO,
            "the catalog gives " + dates + from + "; Bedrock reports " + live + ", which wins",
            null));
  }

  private DoctorItem guardrail(String id, String version) {
    GetGuardrailResponse g;
    try {
      g = control.getGuardrail(b -> b.guardrailIdentifier(id).guardrailVersion(version));
    } catch (SdkException e) {
      return failed(diagnoser, timeout, "guardrail", id + " version " + version, e);
    }
    String what =
        "'"
            + g.name()
            + "' ("
            + g.guardrailId()
            + ") version "
            + g.version()
            + " is "
            + g.statusAsString();
    if ("READY".equals(g.statusAsString())) {
      return DoctorItem.ready("guardrail", what);
    }
    List<String> why = new ArrayList<>(g.statusReasons());
    why.addAll(g.failureRecommendations());
    return new DoctorItem(
        "guardrail",
        Status.NOT_READY,
        what + (why.isEmpty() ? "" : ": " + String.join("; ", why)),
        "wait until the guardrail is READY, or fix it and create a new version; smoke's guardrail check needs a READY version");
  }

  /**
   * A NOT_READY item from a failed control-plane call; access denied here is about IAM, not model
   * access.
   */
  static DoctorItem failed(
      Diagnoser diagnoser, Duration timeout, String name, String what, SdkException e) {
    Diagnosis d = diagnoser.diagnose(e, what, null, 1, timeout);
    String fix =
        switch (d.kind()) {
          case ACCESS_DENIED -> READ_ONLY_IAM;
          case NOT_FOUND ->
              name.equals("guardrail")
                  ? "check --guardrail-id and --guardrail-version against 'aws bedrock list-guardrails' in this region"
                  : d.fix();
          default -> d.fix();
        };
    return new DoctorItem(name, Status.NOT_READY, what + ": " + d.message(), fix);
  }
}
