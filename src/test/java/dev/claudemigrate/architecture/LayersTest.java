package dev.claudemigrate.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.claudemigrate.bedrock.Content;
import dev.claudemigrate.bedrock.ConverseOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseMetrics;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseOutput;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailAssessment;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailTraceAssessment;
import software.amazon.awssdk.services.bedrockruntime.model.ReasoningContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ReasoningTextBlock;
import software.amazon.awssdk.services.bedrockruntime.model.TokenUsage;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/**
 * ADR 0053 and 0063 as executable rules: packages point one way (cli -> engine, report, eval and
 * the bedrock adapters -> catalog), the engine knows neither picocli nor the AWS SDK, and rules do
 * not reach into each other. Each rule fails the build the day someone breaks it.
 */
class LayersTest {
  private static final String ROOT = "dev.claudemigrate";
  private static final String BEDROCK_MODEL =
      "software.amazon.awssdk.services.bedrockruntime.model";
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void engineKnowsNeitherPicocliNorTheAwsSdk() {
    // Nor JNA: the native walk (ADR 0105) is chosen by the CLI; the engine sees FastFolders.
    assertHolds(
        noClasses()
            .that()
            .resideInAPackage(ROOT + ".engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("picocli..", "software.amazon.awssdk..", "com.sun.jna.."));
  }

  @Test
  void engineKnowsNoOuterLayer() {
    assertHolds(
        noClasses()
            .that()
            .resideInAPackage(ROOT + ".engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                ROOT + ".cli..",
                ROOT + ".bedrock..",
                ROOT + ".report..",
                ROOT + ".eval..",
                ROOT + ".nativefs.."));
  }

  @Test
  void onlyTheCliKnowsPicocli() {
    assertHolds(
        noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("picocli.."));
  }

  @Test
  void onlyTheCliKnowsTheTerminalLibraries() {
    // Progress bars and terminal widths are drawn by the CLI; the engine only counts
    // (ScanProgress).
    assertHolds(
        noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("me.tongfei.progressbar..", "org.jline.."));
  }

  @Test
  void theAwsSdkStaysBehindTheBedrockAdapters() {
    assertHolds(
        noClasses()
            .that()
            .resideOutsideOfPackages(ROOT + ".bedrock..", ROOT + ".cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("software.amazon.awssdk.."));
  }

  /**
   * Requests are built with the SDK in the Bedrock adapter packages (bedrock, bedrock.smoke,
   * bedrock.eval); nothing outside them touches the Bedrock runtime's model classes.
   */
  static final ArchRule BEDROCK_MODEL_STAYS_IN_THE_ADAPTERS =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".bedrock..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(BEDROCK_MODEL);

  /**
   * Answers reach smoke and eval as {@link ConverseOutcome} and {@link Content}: only the adapter
   * package that calls Converse reads the SDK's answer types.
   */
  static final ArchRule ONLY_THE_ADAPTER_READS_SDK_ANSWERS =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".bedrock")
          .should()
          .dependOnClassesThat(
              belongToAnyOf(
                  ConverseResponse.class,
                  ConverseOutput.class,
                  ToolUseBlock.class,
                  ReasoningContentBlock.class,
                  ReasoningTextBlock.class,
                  GuardrailTraceAssessment.class,
                  GuardrailAssessment.class,
                  TokenUsage.class,
                  ConverseMetrics.class))
          .because("ContentBlocks converts answers to the project's own Content at the boundary");

  /** The answer types the adapter hands out are the project's own. */
  static final ArchRule ANSWERS_HOLD_NO_SDK_TYPES =
      noClasses()
          .that(belongToAnyOf(ConverseOutcome.class, Content.class))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("software.amazon.awssdk..");

  @Test
  void theBedrockRuntimeModelStaysInTheBedrockAdapters() {
    assertHolds(BEDROCK_MODEL_STAYS_IN_THE_ADAPTERS);
  }

  @Test
  void onlyTheConverseAdapterReadsSdkAnswers() {
    assertHolds(ONLY_THE_ADAPTER_READS_SDK_ANSWERS);
  }

  @Test
  void converseOutcomeAndContentHoldNoSdkTypes() {
    assertHolds(ANSWERS_HOLD_NO_SDK_TYPES);
  }

  @Test
  void reportsNeverCallBedrock() {
    assertHolds(
        noClasses()
            .that()
            .resideInAnyPackage(ROOT + ".report..", ROOT + ".eval.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + ".bedrock..", "software.amazon.awssdk.."));
  }

  @Test
  void theCatalogDependsOnNothingOfOurs() {
    assertHolds(
        noClasses()
            .that()
            .resideInAPackage(ROOT + ".catalog..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                ROOT + ".engine..",
                ROOT + ".cli..",
                ROOT + ".bedrock..",
                ROOT + ".report..",
                ROOT + ".eval.."));
  }

  @Test
  void rulesDoNotCallEachOther() {
    assertHolds(slices().matching(ROOT + ".engine.rules.(*)..").should().notDependOnEachOther());
  }

  @Test
  void packagesHaveNoCycles() {
    assertHolds(slices().matching(ROOT + ".(**)").should().beFreeOfCycles());
  }

  private static void assertHolds(ArchRule rule) {
    rule.check(main);
  }
}
