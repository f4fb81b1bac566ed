package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.Scanner;
import dev.claudemigrate.engine.apply.ApplyPlan;
import dev.claudemigrate.engine.apply.ApplyPlanner;
import dev.claudemigrate.engine.apply.ApplyWriter;
import dev.claudemigrate.engine.apply.FileChange;
import dev.claudemigrate.engine.apply.GitWorkTree;
import dev.claudemigrate.engine.apply.MigrationReport;
import dev.claudemigrate.engine.apply.PatchRenderer;
import dev.claudemigrate.engine.apply.SummaryRenderer;
import dev.claudemigrate.engine.apply.SummaryRenderer.Mode;
import dev.claudemigrate.engine.config.ProjectConfig;
import dev.claudemigrate.engine.files.AtomicWrite;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.rules.BuiltinRules;
import dev.claudemigrate.report.ApplyJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code migrate apply} command: scans, plans the rewrite, and renders the plan as a patch
 * ({@code --dry-run}, {@code --patch}), as a CI gate ({@code --check}) or by writing the files. It
 * never edits text itself; the engine's planner and writer do.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrites what is safe to rewrite, and lists what is left for a person.",
      "Without --dry-run, --patch or --check it writes the files (atomically, keeping encoding, line endings and"
          + " permissions) and refuses files with uncommitted changes in git unless --allow-dirty."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done, or nothing pending (--check)",
      "1:changes pending (--check)",
      "2:usage or configuration error, files with uncommitted changes (without --allow-dirty), or a"
          + " retired target (without --allow-retired-target)",
      "3:incomplete: some files could not be read, rewritten validly, or written"
    })
final class ApplyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScanOptions options;

  @Option(
      names = "--dry-run",
      description = "Print the changes as a unified diff that 'git apply' accepts; change nothing.")
  boolean dryRun;

  @Option(
      names = "--patch",
      paramLabel = "FILE",
      description = "Write the unified diff to FILE instead; change nothing.")
  Path patch;

  @Option(
      names = "--check",
      description = "Change nothing; exit 1 when any change is pending, 0 otherwise.")
  boolean check;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write a Markdown migration report with the manual follow-ups as a checklist.")
  Path report;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Choices.TextOrJsonValue.class,
      description =
          "Summary format on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
              + " json follows docs/schema/apply-result-1.0.json. Not with --dry-run.")
  TextOrJson format = TextOrJson.TEXT;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Nothing on standard output and no warnings or progress; errors only. --patch and"
              + " --report are still written, and the exit code still tells.")
  boolean quiet;

  @Option(
      names = "--allow-dirty",
      description = "Rewrite files even if they have uncommitted changes in git.")
  boolean allowDirty;

  @Option(
      names = "--allow-read-only",
      description =
          "Rewrite files without write permission too (their mode is kept); by default they are"
              + " skipped and the exit code is 3.")
  boolean allowReadOnly;

  @Option(
      names = "--allow-retired-target",
      description =
          "Write the rewrite even when the target model is past end of life on Bedrock (its calls fail).")
  boolean allowRetiredTarget;

  private final Environment environment;
  private final Function<ScanRequest, MigrationResult> scanner;
  private List<String> warnings = List.of();

  ApplyCommand(Environment environment) {
    this(environment, request -> new Scanner(BuiltinRules.all()).scan(request));
  }

  /** With another scan, so tests can hand the command a prepared result. */
  ApplyCommand(Environment environment, Function<ScanRequest, MigrationResult> scanner) {
    this.environment = environment;
    this.scanner = scanner;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (dryRun && format == TextOrJson.JSON) {
      throw new IllegalArgumentException(
          "--format json cannot go with --dry-run (the patch is standard output); use --patch FILE");
    }
    // Bad input throws; ExitCodes maps it to a line and exit 2.
    Catalog catalog = options.loadCatalog(environment);
    ProjectConfig config = options.loadConfig(environment);
    TargetChoice target = options.chooseTarget(environment, catalog, config);
    ScanRequest request = options.toRequest(environment, catalog, config, target);
    ScanOptions.requireKnownRules(request, BuiltinRules.all());
    PrintWriter warn = quiet ? new PrintWriter(Writer.nullWriter()) : err;
    warnings = new ArrayList<>();
    target.print(warn, request.catalog());
    target.warning().ifPresent(warnings::add);
    boolean writes = !dryRun && !check && patch == null;
    if (writes && target.retired() && !allowRetiredTarget) {
      throw new IllegalArgumentException(
          "nothing written: "
              + request.catalog().targetModel(request.target()).name()
              + " is past end of life, so the rewritten code would fail; pass"
              + " --allow-retired-target to write anyway, or choose a live target (--to)");
    }
    MigrationResult result = scanner.apply(request);
    warnings.addAll(result.warnings());
    result.warnings().forEach(w -> warn.println("migrate apply: warning: " + w));
    ApplyPlan plan = new ApplyPlanner().plan(result);
    return (writes ? write(plan) : preview(plan)).code();
  }

  private ExitCode preview(ApplyPlan plan) {
    PrintWriter out = spec.commandLine().getOut();
    List<FileError> errors = new ArrayList<>(plan.errors());
    ExitCode code = ExitCode.OK;
    if (dryRun || patch != null) {
      PatchRenderer.Rendered rendered =
          new PatchRenderer(GitWorkTree.patchBase(plan.root())).render(plan.changes());
      errors.addAll(rendered.skipped());
      if (patch != null) {
        code = code.worst(writeText(patch, rendered.patch(), "patch"));
      } else {
        out.print(rendered.patch());
      }
    }
    if (check || patch != null) {
      summary(plan.with(plan.changes(), errors), Mode.PENDING);
    }
    if (check && plan.hasChanges()) {
      code = code.worst(ExitCode.FINDINGS);
      if (!quiet) {
        spec.commandLine()
            .getErr()
            .println("migrate apply --check: changes pending; run 'migrate apply' to make them");
      }
    }
    return finish(plan.with(plan.changes(), errors), Mode.PENDING, code);
  }

  private ExitCode write(ApplyPlan plan) {
    if (!allowDirty) {
      ExitCode refused = refuseDirty(plan);
      if (refused != ExitCode.OK) {
        return refused;
      }
    }
    ApplyWriter.Outcome outcome = new ApplyWriter().allowReadOnly(allowReadOnly).write(plan);
    outcome.warnings().forEach(w -> spec.commandLine().getErr().println("migrate apply: " + w));
    List<FileError> errors = new ArrayList<>(plan.errors());
    errors.addAll(outcome.errors());
    ApplyPlan done = plan.with(outcome.written(), errors);
    summary(done, Mode.WRITTEN);
    return finish(done, Mode.WRITTEN, ExitCode.OK);
  }

  /** The summary on standard output, as text or JSON; nothing with --quiet. */
  private void summary(ApplyPlan plan, Mode mode) {
    if (quiet) {
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format == TextOrJson.JSON
            ? new ApplyJson(VersionProvider.toolInfo()).render(plan, mode == Mode.WRITTEN, warnings)
            : new SummaryRenderer().render(plan, mode));
    out.flush();
  }

  /** Prints the errors, writes the report if asked, and folds both into the exit code. */
  private ExitCode finish(ApplyPlan plan, Mode mode, ExitCode code) {
    PrintWriter err = spec.commandLine().getErr();
    plan.errors().forEach(err::println);
    if (report != null) {
      code = code.worst(writeText(report, new MigrationReport().render(plan, mode), "report"));
    }
    return plan.errors().isEmpty() ? code : code.worst(ExitCode.INCOMPLETE);
  }

  /**
   * Refuses (exit 2) when a file to be written has uncommitted changes in its git work tree (the
   * nearest one: a nested repository or submodule is asked itself). Says so when files to be
   * written are in no work tree, since nothing then guards their uncommitted work.
   */
  private ExitCode refuseDirty(ApplyPlan plan) {
    PrintWriter err = spec.commandLine().getErr();
    if (!plan.hasChanges()) {
      return ExitCode.OK;
    }
    GitWorkTree.Check git;
    try {
      git = GitWorkTree.check(plan.changes().stream().map(c -> c.source().absolutePath()).toList());
    } catch (IOException e) {
      err.println(
          "migrate apply: cannot read the git status ("
              + e.getMessage()
              + "); nothing written."
              + " Use --allow-dirty to skip the check.");
      return ExitCode.INCOMPLETE;
    }
    if (!git.outsideGit().isEmpty()) {
      err.println(
          "migrate apply: "
              + (git.outsideGit().size() == plan.changes().size()
                  ? plan.root()
                  : git.outsideGit().size() + " of the files to change")
              + ": not in a git work tree: the check for uncommitted work is off;"
              + " keep a copy to undo");
    }
    Map<Path, String> dirty = git.uncommitted();
    for (FileChange c : plan.changes()) {
      String state = dirty.get(c.source().absolutePath());
      if (state != null) {
        err.println(
            c.path()
                + ": has uncommitted changes in git ("
                + state
                + "); commit or stash it, or pass --allow-dirty");
      }
    }
    if (dirty.isEmpty()) {
      return ExitCode.OK;
    }
    err.println(
        "migrate apply: nothing written: "
            + dirty.size()
            + " of "
            + plan.changes().size()
            + " files to change have uncommitted changes");
    return ExitCode.USAGE;
  }

  private ExitCode writeText(Path file, String text, String what) {
    Path p = environment.resolve(file.toString());
    try {
      AtomicWrite.writeString(p, text)
          .notKept()
          .forEach(w -> spec.commandLine().getErr().println(p + ": not kept: " + w));
      if (!quiet) {
        spec.commandLine().getErr().println("migrate apply: wrote the " + what + " to " + file);
      }
      return ExitCode.OK;
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println(p + ": cannot write the " + what + " (left as it was): " + e.getMessage());
      return ExitCode.INCOMPLETE;
    }
  }
}
