package dev.claudemigrate.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/**
 * The SDK-containment rules of {@link LayersTest} can fail: a class outside the Bedrock adapters
 * that reads an SDK answer, as smoke did before {@code Content}, breaks both.
 */
class LayersViolationTest {
  /** What smoke used to do: take the tool call out of the SDK's response. */
  static final class ReadsTheSdkAnswer {
    String firstToolName(ConverseResponse r) {
      ToolUseBlock t = r.output().message().content().get(0).toolUse();
      return t.name();
    }
  }

  private static final JavaClasses VIOLATOR =
      new ClassFileImporter().importClasses(ReadsTheSdkAnswer.class);

  @Test
  void aClassOutsideTheAdaptersUsingTheBedrockModelFailsTheRule() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> LayersTest.BEDROCK_MODEL_STAYS_IN_THE_ADAPTERS.check(VIOLATOR));
    assertTrue(e.getMessage().contains("ReadsTheSdkAnswer"), e.getMessage());
  }

  @Test
  void aClassOutsideTheConverseAdapterReadingAnSdkAnswerFailsTheRule() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> LayersTest.ONLY_THE_ADAPTER_READS_SDK_ANSWERS.check(VIOLATOR));
    assertTrue(e.getMessage().contains("ToolUseBlock"), e.getMessage());
  }
}
