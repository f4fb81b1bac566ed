package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.CatalogException;
import dev.claudemigrate.report.CatalogJson;
import dev.claudemigrate.report.CatalogText;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code migrate models} command: the model catalog with IDs, lifecycle today, prices and
 * limits.
 */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Lists the model catalog: every model's IDs in each form, lifecycle today with sources, price and limits; the migration targets; tool versions and betas.")
final class ModelsCommand implements Callable<Integer>, Declared {
  @Spec CommandSpec spec;
  final OutputOptions output = new OutputOptions();

  @Mixin CatalogOption catalogFile;

  @Mixin TextOrJsonOption formatOption;

  private final Environment env;

  ModelsCommand(Environment env) {
    this.env = env;
  }

  /** The options it shares with {@code scan}, which are declared in code (ADR 0122). */
  @Override
  public void declare(CommandSpec spec) {
    output.declare(spec);
  }

  @Override
  public Integer call() {
    try {
      Catalog catalog = catalogFile.load(env);
      LocalDate today = LocalDate.now(env.clock());
      String text =
          formatOption.format == TextOrJson.JSON
              ? new CatalogJson(catalog, today).render()
              : new CatalogText(catalog, today).render();
      output.emit(env, spec.commandLine().getOut(), text);
      output.confirm(
          spec.commandLine().getErr(), "the model catalog (" + formatOption.format + ")");
      return ExitCode.OK.code();
    } catch (CatalogException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("migrate: " + e.getMessage());
      return ExitCode.USAGE.code();
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("migrate: cannot write " + output.output + ": " + e.getMessage());
      return ExitCode.USAGE.code();
    }
  }
}
