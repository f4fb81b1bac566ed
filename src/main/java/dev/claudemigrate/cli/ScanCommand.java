package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.Scanner;
import dev.claudemigrate.engine.config.ProjectConfig;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rules.BuiltinRules;
import dev.claudemigrate.report.ReportFormat;
import dev.claudemigrate.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code migrate scan} command: finds every use of a model the target replaces and reports it.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Finds every use of a retired Claude model, tool version or beta in PATH and reports it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on, every file read",
      "1:findings at or above --fail-on",
      "2:usage or configuration error (bad option, config, catalog or target)",
      "3:incomplete: some files could not be read (the others are reported)"
    })
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ScanOptions scan;
  @Mixin OutputOptions output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Choices.ReportFormatValue.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      completionCandidates = Choices.FailOnLevels.class,
      description =
          "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES}"
              + " (default: error, or failOn in the config file).")
  String failOn;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "No report on standard output and no warnings; errors only. --output still writes the report.")
  boolean quiet;

  private final Environment env;
  private final List<Rule> rules;
  private final Function<ScanRequest, MigrationResult> scanner;

  ScanCommand(Environment env) {
    this(env, BuiltinRules.all(), null);
  }

  /** The seam for tests: any rules and any scanner in place of the real one. */
  ScanCommand(Environment env, List<Rule> rules, Function<ScanRequest, MigrationResult> scanner) {
    this.env = env;
    this.rules = List.copyOf(rules);
    this.scanner = scanner != null ? scanner : new Scanner(this.rules)::scan;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    // Bad input (options, config, catalog, target) throws; ExitCodes maps it to a line and exit 2.
    Setup setup = setup();
    if (!quiet) {
      setup.target().print(err, setup.request().catalog());
    }
    Optional<String> lifecycle = quiet ? Optional.empty() : setup.target().warning();
    MigrationResult result = scanner.apply(setup.request());
    if (lifecycle.isPresent() && setup.format() != ReportFormat.TEXT) {
      result = withWarning(result, lifecycle.get());
    }
    return report(result, setup).code();
  }

  /** Everything validated before the scan starts, so that bad input never costs a scan. */
  private record Setup(
      ScanRequest request,
      TargetChoice target,
      ReportFormat format,
      FailOn failOn,
      List<RuleInfo> ran) {}

  private Setup setup() {
    Catalog catalog = scan.loadCatalog(env);
    ProjectConfig config = scan.loadConfig(env);
    TargetChoice target = scan.chooseTarget(env, catalog, config);
    ScanRequest request = scan.toRequest(env, catalog, config, target);
    FailOn threshold = FailOn.parse(failOn, config.failOn());
    return new Setup(request, target, format, threshold, rulesThatRun(request));
  }

  private List<RuleInfo> rulesThatRun(ScanRequest request) {
    ScanOptions.requireKnownRules(request, rules);
    return rules.stream()
        .filter(r -> request.enabledRules().isEmpty() || request.enabledRules().contains(r.id()))
        .filter(r -> !request.disabledRules().contains(r.id()))
        .map(Rule::info)
        .toList();
  }

  private ExitCode report(MigrationResult result, Setup setup) {
    PrintWriter err = spec.commandLine().getErr();
    boolean colour =
        setup.format() == ReportFormat.TEXT
            && output.toStdout()
            && env.terminal()
            && !env.env().containsKey("NO_COLOR");
    Reports reports =
        new Reports(
            VersionProvider.toolInfo(),
            colour,
            Terminals.width(env, output.toStdout()),
            CiLinks.of(env, result.root()));
    String text = reports.render(setup.format(), result, setup.ran());
    try {
      if (!quiet || !output.toStdout()) {
        output.emit(env, spec.commandLine().getOut(), text);
      }
      if (!quiet) {
        output.confirm(
            err, "the " + setup.format() + " report (" + Reports.totalLine(result) + ")");
      }
    } catch (IOException e) {
      err.println(
          "migrate scan: " + output.output + ": cannot write the report: " + e.getMessage());
      // A folder that does not exist is a bad --output; anything else (a full disk) is not.
      return e instanceof NoSuchFileException ? ExitCode.USAGE : ExitCode.INCOMPLETE;
    }
    // The text report on stdout already lists unreadable files; elsewhere stderr must say it.
    if (quiet || setup.format() != ReportFormat.TEXT || !output.toStdout()) {
      result.errors().forEach(e -> err.println("migrate scan: " + e));
    }
    ExitCode code = setup.failOn().failsOn(result.findings()) ? ExitCode.FINDINGS : ExitCode.OK;
    return result.errors().isEmpty() ? code : code.worst(ExitCode.INCOMPLETE);
  }

  private static MigrationResult withWarning(MigrationResult r, String warning) {
    List<String> warnings = new ArrayList<>(r.warnings());
    warnings.add(0, warning);
    return new MigrationResult(
        r.root(), r.target(), r.files(), r.errors(), r.unusedSuppressions(), warnings, r.stats());
  }
}
