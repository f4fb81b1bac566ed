package dev.claudemigrate.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code migrate} command: the tool's single entry point {@link #run}. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Moves code and configuration off retired Claude models on Amazon Bedrock: by default to"
            + " the newest active Claude Sonnet 4.x on the day of the run ('migrate models' lists"
            + " the targets; --to picks one).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:clean: nothing at or above --fail-on, no pending change, every check passed",
      "1:findings at or above --fail-on, pending changes (apply --check), or a failed check",
      "2:usage or configuration error",
      "3:incomplete: some files could not be read or written, or AWS credentials or region are missing",
      "70:internal error (a bug): one line, the stack trace with --debug"
    })
public final class Migrate {
  /**
   * The subcommands, in the order help lists them. Added in {@link #commandLine}, not in the
   * annotation: picocli builds each command's whole model (reflection over every option) when it is
   * added, and a run needs one.
   */
  private static final List<Class<?>> COMMANDS =
      List.of(
          ScanCommand.class,
          ApplyCommand.class,
          ModelsCommand.class,
          RulesCommand.class,
          SmokeCommand.class,
          DoctorCommand.class,
          EvalCommand.class,
          CommandLine.HelpCommand.class);

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print its stack trace too.")
  boolean debug;

  private final Environment environment;
  private final CommandLine.IFactory factory;

  public Migrate(Environment environment) {
    this(environment, new CommandFactory(environment));
  }

  /** With another command factory, so tests can hand a command its seams (a prepared scan, say). */
  Migrate(Environment environment, CommandLine.IFactory factory) {
    this.environment = environment;
    this.factory = factory;
  }

  /**
   * Runs the command line {@code args}, writing results to {@code out} and diagnostics to {@code
   * err}.
   *
   * @return the process exit code (see {@link ExitCode})
   */
  public int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = configure(commandLine(args), args);
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * This command with the subcommand {@code args} start with, or with all of them when the first
   * argument names none (an option such as {@code --help}, {@code help}, or a typo picocli then
   * answers with suggestions).
   */
  CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(this, factory);
    String first = args.length > 0 ? args[0] : "";
    List<Class<?>> named =
        COMMANDS.stream()
            .filter(c -> c != CommandLine.HelpCommand.class && nameOf(c).equals(first))
            .toList();
    for (Class<?> c : named.isEmpty() ? COMMANDS : named) {
      cl.addSubcommand(c);
    }
    return cl;
  }

  /** Whether {@code args} run a command (not just print help or the version). */
  static boolean runsACommand(String... args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      return false;
    }
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        return false;
      }
    }
    return COMMANDS.stream()
        .anyMatch(c -> c != CommandLine.HelpCommand.class && nameOf(c).equals(args[0]));
  }

  private static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  /** The settings every command line shares: enum case, and where errors become exit codes. */
  static CommandLine configure(CommandLine cl, String... args) {
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new ExitCodes(Arrays.asList(args).contains("--debug")));
    cl.setParameterExceptionHandler(
        (ex, args1) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println(ExitCodes.prefix(c) + ": " + ex.getMessage());
          if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            Suggestions.print(unmatched, c.getErr());
          }
          c.getErr()
              .println(
                  "Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          return ExitCode.USAGE.code();
        });
    return cl;
  }

  public Environment environment() {
    return environment;
  }
}
