package dev.claudemigrate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ADR 0053 and 0063 as executable rules: packages point one way (cli -> engine, report, eval and
 * the bedrock adapters -> catalog), the engine knows neither picocli nor the AWS SDK, and rules do
 * not reach into each other. Each rule fails the build the day someone breaks it.
 */
class LayersTest {
  private static final String ROOT = "dev.claudemigrate";
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
    assertHolds(
        noClasses()
            .that()
            .resideInAPackage(ROOT + ".engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("picocli..", "software.amazon.awssdk.."));
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
                ROOT + ".cli..", ROOT + ".bedrock..", ROOT + ".report..", ROOT + ".eval.."));
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
