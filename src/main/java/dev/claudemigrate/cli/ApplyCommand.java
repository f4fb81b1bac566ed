package dev.claudemigrate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code migrate apply} command (being built; see the issue tracker). */
@Command(name = "apply", mixinStandardHelpOptions = true, description = "(not yet available)")
final class ApplyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  ApplyCommand(Environment environment) {}

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("migrate apply: not yet available");
    return ExitCode.USAGE.code();
  }
}
