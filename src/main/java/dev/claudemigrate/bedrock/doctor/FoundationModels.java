package dev.claudemigrate.bedrock.doctor;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.FoundationModelDetails;

/**
 * GetFoundationModel, asked once per base model ID in one doctor run: the target's check and the
 * project's line for the same model share one answer (and one call).
 */
final class FoundationModels {
  /** One answer: the details, or the error the call ended with. */
  record Answer(FoundationModelDetails details, SdkException error) {}

  private final BedrockClient control;
  private final Map<String, Answer> answers = new HashMap<>();

  FoundationModels(BedrockClient control) {
    this.control = control;
  }

  Answer get(String baseId) {
    return answers.computeIfAbsent(baseId, this::ask);
  }

  private Answer ask(String baseId) {
    try {
      return new Answer(
          control.getFoundationModel(b -> b.modelIdentifier(baseId)).modelDetails(), null);
    } catch (SdkException e) {
      return new Answer(null, e);
    }
  }
}
