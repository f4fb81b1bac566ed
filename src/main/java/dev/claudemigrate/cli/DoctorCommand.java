package dev.claudemigrate.cli;

import dev.claudemigrate.bedrock.Diagnoser;
import dev.claudemigrate.bedrock.ModelChoice;
import dev.claudemigrate.bedrock.doctor.Doctor;
import dev.claudemigrate.bedrock.doctor.DoctorReport;
import dev.claudemigrate.catalog.Catalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code migrate doctor} command: a preflight of region, credentials, model, profile and
 * guardrail.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks, before smoke, that the region and credentials resolve, the target model is active and "
          + "usable by this account, its inference profile fits the region, and the guardrail is ready.",
      "With DIR: also scans the project as 'migrate scan DIR' does and, for each model it still "
          + "uses, compares the catalog's lifecycle with the region's (a disagreement is a warning)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything is ready",
      "1:something is not ready (each with its fix)",
      "2:usage error",
      "3:AWS credentials or region missing, or some project files could not be read"
    })
final class DoctorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin AwsOptions aws;
  @Mixin CatalogOption catalogOption;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description =
          "Also check the lifecycle of every model this project uses (default: no project check).")
  String dir;

  @ArgGroup(exclusive = true)
  SmokeCommand.Target target = new SmokeCommand.Target();

  @Option(
      names = "--guardrail-id",
      paramLabel = "ID",
      description = "Guardrail ID or ARN to check.")
  String guardrailId;

  @Option(
      names = "--guardrail-version",
      paramLabel = "V",
      defaultValue = "DRAFT",
      description = "Guardrail version (default: ${DEFAULT-VALUE}).")
  String guardrailVersion;

  @Mixin TextOrJsonOption formatOption;

  private final Environment environment;

  DoctorCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Catalog catalog = target.prepare("doctor", err, catalogOption, environment);
    if (catalog == null) {
      return ExitCode.USAGE.code();
    }
    // The scan comes first, so that a bad DIR or config costs no AWS call.
    ProjectModels project =
        dir == null
            ? new ProjectModels(List.of(), false)
            : ProjectModels.scan(environment, catalog, dir, target.to, err);
    ExitCode incomplete = project.incomplete() ? ExitCode.INCOMPLETE : ExitCode.OK;
    return AwsSession.run(
        "doctor",
        aws,
        environment,
        err,
        session -> {
          String region = session.context().region();
          ModelChoice choice = target.choose(catalog, region);
          Doctor doctor =
              new Doctor(
                  session.connections().control(),
                  catalog,
                  new Diagnoser(catalog, region),
                  session.settings().timeout(),
                  LocalDate.now(environment.clock()));
          DoctorReport report =
              doctor.run(
                  session.context(), choice, guardrailId, guardrailVersion, project.models());
          out.print(formatOption.format == TextOrJson.JSON ? report.json() : report.text());
          return (report.ready() ? ExitCode.OK : ExitCode.FINDINGS).worst(incomplete).code();
        });
  }
}
