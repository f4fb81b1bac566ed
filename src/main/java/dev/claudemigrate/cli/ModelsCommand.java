package dev.claudemigrate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code migrate models} command (being built; see the issue tracker). */
@Command(name = "models", mixinStandardHelpOptions = true, description = "(not yet available)")
final class ModelsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  ModelsCommand(Environment environment) {}

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("migrate models: not yet available");
    return ExitCode.USAGE.code();
  }
}
