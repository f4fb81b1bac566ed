package dev.claudemigrate.bedrock.doctor;

import dev.claudemigrate.bedrock.Diagnoser;
import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.bedrock.doctor.DoctorItem.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetFoundationModelAvailabilityResponse;

/** Whether the account may use the model in the region: IAM, model access, the EULA, the region. */
final class Access {
  private final BedrockClient control;
  private final Diagnoser diagnoser;
  private final Duration timeout;

  Access(BedrockClient control, Diagnoser diagnoser, Duration timeout) {
    this.control = control;
    this.diagnoser = diagnoser;
    this.timeout = timeout;
  }

  DoctorItem check(String baseId, String name, String region) {
    GetFoundationModelAvailabilityResponse a;
    try {
      a = control.getFoundationModelAvailability(b -> b.modelId(baseId));
    } catch (SdkException e) {
      Diagnosis d = diagnoser.diagnose(e, baseId, null, 1, timeout);
      return new DoctorItem(
          "model access",
          Status.WARN,
          "cannot read the model's availability: " + d.message(),
          d.kind() == Diagnosis.Kind.ACCESS_DENIED ? Doctor.READ_ONLY_IAM : d.fix());
    }
    List<String> problems = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    if ("NOT_AVAILABLE".equals(a.regionAvailabilityAsString())) {
      problems.add("not offered in " + region);
      fixes.add("use a region that offers " + name + " (its inference profiles route there)");
    }
    if ("NOT_AVAILABLE".equals(a.entitlementAvailabilityAsString())) {
      problems.add("model access is not enabled");
      fixes.add("enable " + name + " under Model access in the Bedrock console for " + region);
    }
    String agreement =
        a.agreementAvailability() == null ? null : a.agreementAvailability().statusAsString();
    if (agreement != null && !agreement.equals("AVAILABLE")) {
      problems.add("the model agreement (EULA) is " + agreement);
      fixes.add(
          "accept the Anthropic EULA and use-case form for "
              + name
              + " in "
              + region
              + (agreement.equals("PENDING") ? " (pending: wait a few minutes)" : ""));
    }
    if ("NOT_AUTHORIZED".equals(a.authorizationStatusAsString())) {
      problems.add("IAM does not authorize the caller");
      fixes.add(
          "allow bedrock:InvokeModel on the inference profile and on the foundation model in every region it routes to");
    }
    if (problems.isEmpty()) {
      return DoctorItem.ready(
          "model access",
          "granted: authorized, entitled, agreement accepted, offered in " + region);
    }
    return new DoctorItem(
        "model access", Status.NOT_READY, String.join("; ", problems), String.join("; ", fixes));
  }
}
