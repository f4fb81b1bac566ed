package dev.claudemigrate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code migrate scan} command (being built; see the issue tracker). */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "(not yet available)")
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  ScanCommand(Environment environment) {}

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("migrate scan: not yet available");
    return ExitCode.USAGE.code();
  }
}
