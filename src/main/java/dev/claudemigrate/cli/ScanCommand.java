package dev.claudemigrate.cli;

import static dev.claudemigrate.cli.Declarations.option;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.Scanner;
import dev.claudemigrate.engine.config.ProjectConfig;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rules.BuiltinRules;
import dev.claudemigrate.nativefs.NativeWalk;
import dev.claudemigrate.report.ReportFormat;
import dev.claudemigrate.report.Reports;
import dev.claudemigrate.report.SourceLinks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code migrate scan} command: finds every use of a model the target replaces and reports it.
 * Declared in code, not with annotations, as everything on a scan's path is (ADR 0122).
 */
final class ScanCommand implements Callable<Integer>, Declared.Command {
  CommandSpec spec;
  final ScanOptions scan = new ScanOptions();
  final OutputOptions output = new OutputOptions();
  ReportFormat format = ReportFormat.TEXT;
  String failOn;
  boolean quiet;

  private final Environment env;
  private final List<Rule> rules;

  /** Null: the real scanner, which reports progress. */
  private final Function<ScanRequest, MigrationResult> scanner;

  ScanCommand(Environment env) {
    this(env, BuiltinRules.all(), null);
  }

  /** The seam for tests: any rules and any scanner in place of the real one. */
  ScanCommand(Environment env, List<Rule> rules, Function<ScanRequest, MigrationResult> scanner) {
    this.env = env;
    this.rules = List.copyOf(rules);
    this.scanner = scanner;
  }

  @Override
  public void declare(CommandSpec spec) {
    this.spec = spec;
    Declarations.command(
        spec,
        "scan",
        "Finds every use of a retired Claude model, tool version or beta in PATH and reports it.",
        "0:no finding at or above --fail-on, every file read",
        "1:findings at or above --fail-on",
        "2:usage or configuration error (bad option, config, catalog or target)",
        "3:incomplete: some files could not be read (the others are reported)");
    scan.declare(spec);
    output.declare(spec);
    spec.addOption(
        option(() -> format, v -> format = v, ReportFormat.class, "--format")
            .paramLabel("FORMAT")
            .converters(new Choices.ReportFormatValue())
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
            .build());
    spec.addOption(
        option(() -> failOn, v -> failOn = v, String.class, "--fail-on")
            .paramLabel("LEVEL")
            .completionCandidates(new Choices.FailOnLevels())
            .description(
                "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES}"
                    + " (default: error, or failOn in the config file).")
            .build());
    spec.addOption(
        option(() -> quiet, v -> quiet = v, boolean.class, "-q", "--quiet")
            .description(
                "No report on standard output and no warnings; errors only. --output still writes"
                    + " the report.")
            .build());
  }

  @Override
  public Integer call() {
    List<String> labels = scan.rootLabels();
    if (labels.size() > 1) {
      return new ScanRoots(this).run(labels).code();
    }
    PrintWriter err = spec.commandLine().getErr();
    // Bad input (options, config, catalog, target) throws; ExitCodes maps it to a line and exit 2.
    Setup setup = setup(scan.loadCatalog(env), labels.get(0));
    if (!quiet) {
      setup.target().print(err, setup.request().catalog());
    }
    MigrationResult result = scan(setup);
    ExitCode code = setup.failOn().failsOn(result.findings()) ? ExitCode.FINDINGS : ExitCode.OK;
    String text =
        new Reports(
                VersionProvider.toolInfo(),
                colour(),
                Terminals.width(env, output.toStdout()),
                CiLinks.of(env, result.root()))
            .render(setup.format(), result, setup.ran());
    ExitCode written = emit(text);
    if (written != ExitCode.OK) {
      return written.code();
    }
    code = code.worst(sayErrors(result));
    confirm("the " + format + " report (" + Reports.totalLine(result) + ")");
    return code.code();
  }

  /** Everything validated before the scan starts, so that bad input never costs a scan. */
  record Setup(
      String label,
      ScanRequest request,
      TargetChoice target,
      ReportFormat format,
      FailOn failOn,
      List<RuleInfo> ran) {}

  /**
   * Validates one root's options and config.
   *
   * @throws RuntimeException bad input, which {@link ExitCodes} maps to a line and an exit code
   */
  Setup setup(Catalog catalog, String label) {
    Path root = env.resolve(label);
    ProjectConfig config = scan.loadConfig(env, root);
    TargetChoice target = scan.chooseTarget(env, catalog, config);
    ScanRequest request = scan.toRequest(env, catalog, config, target, root);
    FailOn threshold = FailOn.parse(failOn, config.failOn());
    return new Setup(label, request, target, format, threshold, rulesThatRun(request));
  }

  /**
   * Scans one root; in machine-readable formats its target's lifecycle warning joins the result.
   */
  MigrationResult scan(Setup setup) {
    Optional<String> lifecycle = quiet ? Optional.empty() : setup.target().warning();
    MigrationResult result;
    // Progress goes to stderr while the scan runs and is erased before anything else is printed.
    try (ScanProgressBar progress =
        new ScanProgressBar(Progress.Mode.of(env, quiet), err(), Terminals.width(env, true))) {
      result =
          scanner != null
              ? scanner.apply(setup.request())
              : new Scanner(rules, NativeWalk.folders()).scan(setup.request(), progress);
    }
    if (lifecycle.isPresent() && setup.format() != ReportFormat.TEXT) {
      result = withWarning(result, lifecycle.get());
    }
    return result;
  }

  private List<RuleInfo> rulesThatRun(ScanRequest request) {
    ScanOptions.requireKnownRules(request, rules);
    return rules.stream()
        .filter(r -> request.enabledRules().isEmpty() || request.enabledRules().contains(r.id()))
        .filter(r -> !request.disabledRules().contains(r.id()))
        .map(Rule::info)
        .toList();
  }

  /** The text report's width: COLUMNS, the terminal, else 80. */
  int width() {
    return Terminals.width(env, output.toStdout());
  }

  /** Links to the sources, absolute when CI variables name the repository and commit. */
  SourceLinks links(Path root) {
    return CiLinks.of(env, root);
  }

  /** Whether the text report may use colour: on a terminal, to stdout, and no NO_COLOR. */
  boolean colour() {
    return format == ReportFormat.TEXT
        && output.toStdout()
        && env.terminal()
        && !env.env().containsKey("NO_COLOR");
  }

  boolean quiet() {
    return quiet;
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** After everything else on stderr, one line saying what was written where (with -o). */
  void confirm(String what) {
    if (!quiet) {
      output.confirm(err(), what);
    }
  }

  /**
   * Prints or writes the report.
   *
   * @return OK, or the exit code of a report that could not be written
   */
  ExitCode emit(String text) {
    PrintWriter err = err();
    try {
      if (!quiet || !output.toStdout()) {
        output.emit(env, spec.commandLine().getOut(), text);
      }
      return ExitCode.OK;
    } catch (IOException e) {
      err.println(
          "migrate scan: " + output.output + ": cannot write the report: " + e.getMessage());
      // A folder that does not exist is a bad --output; anything else (a full disk) is not.
      return e instanceof NoSuchFileException ? ExitCode.USAGE : ExitCode.INCOMPLETE;
    }
  }

  /**
   * Says the files that could not be read where the report does not, and returns INCOMPLETE when
   * there were any.
   */
  ExitCode sayErrors(MigrationResult result) {
    // The text report on stdout already lists unreadable files; elsewhere stderr must say it.
    if (quiet || format != ReportFormat.TEXT || !output.toStdout()) {
      result.errors().forEach(e -> err().println("migrate scan: " + e));
    }
    return result.errors().isEmpty() ? ExitCode.OK : ExitCode.INCOMPLETE;
  }

  Catalog catalog() {
    return scan.loadCatalog(env);
  }

  private static MigrationResult withWarning(MigrationResult r, String warning) {
    List<String> warnings = new ArrayList<>(r.warnings());
    warnings.add(0, warning);
    return new MigrationResult(
        r.root(), r.target(), r.files(), r.errors(), r.unusedSuppressions(), warnings, r.stats());
  }
}
