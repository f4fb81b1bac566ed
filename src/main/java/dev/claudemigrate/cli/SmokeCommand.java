package dev.claudemigrate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code migrate smoke} command (being built; see the issue tracker). */
@Command(name = "smoke", mixinStandardHelpOptions = true, description = "(not yet available)")
final class SmokeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  SmokeCommand(Environment environment) {}

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("migrate smoke: not yet available");
    return ExitCode.USAGE.code();
  }
}
