package dev.claudemigrate.bedrock.doctor;

import dev.claudemigrate.bedrock.Diagnoser;
import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.bedrock.doctor.DoctorItem.Status;
import dev.claudemigrate.catalog.Lifecycle;
import dev.claudemigrate.catalog.Model;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrock.model.FoundationModelDetails;

/**
 * The models a project uses, each compared with the region: the catalog's dated lifecycle against
 * the {@code modelLifecycle.status} GetFoundationModel reports (see {@link
 * Lifecycle.State#agreesWith}; a model the catalog calls retired agrees only with a 404). A
 * disagreement is a warning, never a blocker: the live state wins.
 */
final class ProjectLifecycles {
  static final String NAME = "project model";

  private final FoundationModels models;
  private final Diagnoser diagnoser;
  private final Duration timeout;
  private final LocalDate today;

  ProjectLifecycles(
      FoundationModels models, Diagnoser diagnoser, Duration timeout, LocalDate today) {
    this.models = models;
    this.diagnoser = diagnoser;
    this.timeout = timeout;
    this.today = today;
  }

  /** One item per model, in the order given. */
  List<DoctorItem> check(List<Model> models, String region) {
    List<DoctorItem> out = new ArrayList<>();
    for (Model m : models) {
      out.add(check(m, region));
    }
    return out;
  }

  private DoctorItem check(Model m, String region) {
    if (m.bedrockId() == null || m.bedrockId().isBlank()) {
      return new DoctorItem(NAME, Status.INFO, m.name() + ": no Bedrock foundation model", null);
    }
    String who = m.name() + " (" + m.bedrockId() + "): catalog says " + catalogWords(m);
    FoundationModels.Answer answer = models.get(m.bedrockId());
    if (answer.error() != null) {
      return unanswered(m, who, region, answer.error());
    }
    FoundationModelDetails d = answer.details();
    String live = d.modelLifecycle() == null ? "UNKNOWN" : d.modelLifecycle().statusAsString();
    String line = who + ", " + region + " says " + live;
    if (m.lifecycle().undated()) {
      // Nothing to disagree with: the catalog's ACTIVE is a default, so the region's word stands.
      return "ACTIVE".equals(live)
          ? new DoctorItem(NAME, Status.INFO, line, null)
          : new DoctorItem(
              NAME,
              Status.WARN,
              line,
              "plan its move; add its dates to a --catalog file (see docs/catalog.md)");
    }
    if (m.lifecycle().stateOn(today).agreesWith(live)) {
      return new DoctorItem(NAME, Status.INFO, line, null);
    }
    return new DoctorItem(
        NAME,
        Status.WARN,
        line + ": they disagree, the region wins",
        "update the lifecycle of '" + m.key() + "' in a --catalog file (see docs/catalog.md)");
  }

  /** No answer: a model the region does not offer (or no longer serves) is said, not failed. */
  private DoctorItem unanswered(Model m, String who, String region, SdkException e) {
    Diagnosis d = diagnoser.diagnose(e, m.bedrockId(), null, 1, timeout);
    if (d.kind() == Diagnosis.Kind.NOT_FOUND) {
      boolean retired = m.lifecycle().stateOn(today) == Lifecycle.State.END_OF_LIFE;
      return new DoctorItem(
          NAME,
          retired ? Status.INFO : Status.WARN,
          who + "; no foundation model in " + region,
          retired ? null : "the code cannot call it in " + region + "; migrate it first");
    }
    return new DoctorItem(NAME, Status.WARN, who + "; " + d.message(), d.fix());
  }

  /** The catalog's state today, with its end-of-life date when it has one. */
  private String catalogWords(Model m) {
    if (m.lifecycle().undated()) {
      return "no lifecycle dates";
    }
    Lifecycle.State state = m.lifecycle().stateOn(today);
    return state.name()
        + m.lifecycle().endOfLifeDate().map(d -> " (end of life " + d + ")").orElse("");
  }
}
