package dev.claudemigrate.cli;

import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rules.BuiltinRules;
import dev.claudemigrate.report.RuleListing;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code migrate rules} command: every rule with its id, default severity, whether {@code
 * apply} fixes it, and its documentation page; the ids {@code --rules}, {@code --skip-rules}, the
 * config file and suppressions take.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Lists every rule: its id (for --rules, --skip-rules, .claude-migrate.yml and"
            + " 'claude-migrate: ignore[id]' comments), default severity, whether 'migrate apply'"
            + " can fix it, and its documentation page.")
final class RulesCommand implements Callable<Integer>, Declared {
  @Spec CommandSpec spec;
  final OutputOptions output = new OutputOptions();

  @Mixin TextOrJsonOption formatOption;

  private final Environment env;

  RulesCommand(Environment env) {
    this.env = env;
  }

  /** The options it shares with {@code scan}, which are declared in code (ADR 0122). */
  @Override
  public void declare(CommandSpec spec) {
    output.declare(spec);
  }

  @Override
  public Integer call() {
    RuleListing listing = new RuleListing(BuiltinRules.all().stream().map(Rule::info).toList());
    String text =
        formatOption.format == TextOrJson.JSON
            ? listing.json(VersionProvider.toolInfo())
            : listing.text(Terminals.width(env, output.toStdout()));
    try {
      output.emit(env, spec.commandLine().getOut(), text);
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("migrate: cannot write " + output.output + ": " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    output.confirm(spec.commandLine().getErr(), "the rule list (" + formatOption.format + ")");
    return ExitCode.OK.code();
  }
}
