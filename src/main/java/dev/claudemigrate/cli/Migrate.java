package dev.claudemigrate.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code migrate} command: the tool's single entry point {@link #run}. Declared in code, not
 * with annotations, as everything on a scan's path is (ADR 0122).
 */
public final class Migrate implements Declared.Command {
  /** A subcommand: the name that picks it, and its class. */
  private record Subcommand(String name, Class<?> type) {}

  /**
   * The subcommands, in the order help lists them. A run builds only the one its first argument
   * names: picocli builds each command's whole model when it is added.
   */
  private static final List<Subcommand> COMMANDS =
      List.of(
          new Subcommand("scan", ScanCommand.class),
          new Subcommand("apply", ApplyCommand.class),
          new Subcommand("models", ModelsCommand.class),
          new Subcommand("rules", RulesCommand.class),
          new Subcommand("smoke", SmokeCommand.class),
          new Subcommand("doctor", DoctorCommand.class),
          new Subcommand("eval", EvalCommand.class),
          new Subcommand("help", CommandLine.HelpCommand.class));

  /** {@code --debug}: read from the arguments by {@link ExitCodes}, declared here for help. */
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

  @Override
  public void declare(CommandSpec spec) {
    Declarations.command(
        spec,
        "migrate",
        "Moves code and configuration off retired Claude models on Amazon Bedrock: by default to"
            + " the newest active Claude Sonnet 4.x on the day of the run ('migrate models' lists"
            + " the targets; --to picks one).",
        "0:clean: nothing at or above --fail-on, no pending change, every check passed",
        "1:findings at or above --fail-on, pending changes (apply --check), or a failed check",
        "2:usage or configuration error",
        "3:incomplete: some files could not be read or written, or AWS credentials or region are"
            + " missing",
        "70:internal error (a bug): one line, the stack trace with --debug");
    spec.addOption(
        Declarations.option(() -> debug, v -> debug = v, boolean.class, "--debug")
            .scopeType(ScopeType.INHERIT)
            .description("On an internal error, print its stack trace too.")
            .build());
  }

  /**
   * This command with the subcommand {@code args} start with, or with all of them when the first
   * argument names none (an option such as {@code --help}, {@code help}, or a typo picocli then
   * answers with suggestions).
   */
  CommandLine commandLine(String... args) {
    CommandLine cl = commandLine(this, factory);
    String first = args.length > 0 ? args[0] : "";
    for (Subcommand c : named(first).map(List::of).orElse(COMMANDS)) {
      try {
        cl.addSubcommand(commandLine(factory.create(c.type()), factory));
      } catch (Exception e) {
        throw new CommandLine.InitializationException("cannot create " + c.type(), e);
      }
    }
    return cl;
  }

  /**
   * The command line of one command object: built from what it declares in code, from its
   * annotations, or both (an annotated command that mixes in declared options).
   */
  static CommandLine commandLine(Object command, CommandLine.IFactory factory) {
    CommandSpec spec =
        command instanceof Declared.Command
            ? CommandSpec.wrapWithoutInspection(command, factory)
            : CommandSpec.forAnnotatedObject(command, factory);
    if (command instanceof Declared declared) {
      declared.declare(spec);
    }
    return new CommandLine(spec, factory);
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
    return named(args[0]).isPresent();
  }

  /** The command {@code name} runs ({@code help} only prints help, so it runs none). */
  private static Optional<Subcommand> named(String name) {
    return COMMANDS.stream()
        .filter(c -> c.type() != CommandLine.HelpCommand.class && c.name().equals(name))
        .findFirst();
  }

  /** The subcommands' names, in help's order (for tests). */
  static List<String> commandNames() {
    return COMMANDS.stream().map(Subcommand::name).toList();
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
