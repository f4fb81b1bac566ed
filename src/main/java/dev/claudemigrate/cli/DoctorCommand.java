package dev.claudemigrate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code migrate doctor} command (being built; see the issue tracker). */
@Command(name = "doctor", mixinStandardHelpOptions = true, description = "(not yet available)")
final class DoctorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  DoctorCommand(Environment environment) {}

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("migrate doctor: not yet available");
    return ExitCode.USAGE.code();
  }
}
