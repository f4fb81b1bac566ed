package dev.claudemigrate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code migrate eval} command (being built; see the issue tracker). */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "(not yet available)")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  EvalCommand(Environment environment) {}

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("migrate eval: not yet available");
    return ExitCode.USAGE.code();
  }
}
