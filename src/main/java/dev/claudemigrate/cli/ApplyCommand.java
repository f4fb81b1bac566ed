package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.Scanner;
import dev.claudemigrate.engine.apply.ApplyPlan;
import dev.claudemigrate.engine.apply.ApplyPlanner;
import dev.claudemigrate.engine.apply.ApplyWriter;
import dev.claudemigrate.engine.apply.GitWorkTree;
import dev.claudemigrate.engine.apply.PatchRenderer;
import dev.claudemigrate.engine.apply.SummaryRenderer;
import dev.claudemigrate.engine.apply.SummaryRenderer.Mode;
import dev.claudemigrate.engine.config.ProjectConfig;
import dev.claudemigrate.engine.files.AtomicWrite;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.rules.BuiltinRules;
import dev.claudemigrate.nativefs.NativeWalk;
import dev.claudemigrate.report.ApplyJson;
import dev.claudemigrate.report.MigrationReport;
import dev.claudemigrate.report.SharedBudget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
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
final class ApplyCommand implements Callable<Integer>, Declared {
  @Spec CommandSpec spec;

  final ScanOptions options = new ScanOptions();

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

  ApplyCommand(Environment environment) {
    this(environment, null);
  }

  /** With another scan (null: the real one, with progress), so tests can hand a prepared result. */
  ApplyCommand(Environment environment, Function<ScanRequest, MigrationResult> scanner) {
    this.environment = environment;
    this.scanner = scanner;
  }

  /**
   * What happened in one root.
   *
   * @param plan the plan with the changes made (or pending) and every file error; null when the
   *     root was refused before writing (uncommitted changes)
   * @param warnings run-level warnings (the target's lifecycle, the scan's)
   * @param code the root's exit code before its file errors are counted
   */
  private record Outcome(
      String label, ApplyPlan plan, Mode mode, List<String> warnings, ExitCode code) {}

  /** The options it shares with {@code scan}, which are declared in code (ADR 0122). */
  @Override
  public void declare(CommandSpec spec) {
    options.declare(spec);
  }

  @Override
  public Integer call() {
    if (dryRun && format == TextOrJson.JSON) {
      throw new IllegalArgumentException(
          "--format json cannot go with --dry-run (the patch is standard output); use --patch FILE");
    }
    List<String> labels = options.rootLabels();
    if (labels.size() > 1 && patch != null) {
      throw new IllegalArgumentException(
          "--patch writes one patch for one root, but "
              + labels.size()
              + " roots were given; use --dry-run, or run once per root");
    }
    // Bad input throws; ExitCodes maps it to a line and exit 2. With several roots, a root's own
    // bad input (no such folder, a bad config) is one line and the other roots still run.
    Catalog catalog = options.loadCatalog(environment);
    OnceLines once = new OnceLines(quiet ? new PrintWriter(Writer.nullWriter()) : err());
    List<Outcome> outcomes = new ArrayList<>();
    List<FileError> notApplied = new ArrayList<>();
    OnceLines errors = new OnceLines(err());
    ExitCode code = ExitCode.OK;
    for (String label : labels) {
      try {
        outcomes.add(applyRoot(catalog, label, once, labels.size() > 1));
      } catch (RuntimeException e) {
        if (labels.size() == 1) {
          throw e;
        }
        code = code.worst(RootFailure.of(e, label, notApplied, errors, "migrate apply: "));
      }
    }
    return report(outcomes, notApplied, code).code();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  private Progress.Mode progressMode() {
    return Progress.Mode.of(environment, quiet);
  }

  private int width() {
    return Terminals.width(environment, true);
  }

  /** Scans and plans one root, then writes it or previews it. */
  private Outcome applyRoot(Catalog catalog, String label, OnceLines once, boolean several) {
    Path root = environment.resolve(label);
    ProjectConfig config = options.loadConfig(environment, root);
    TargetChoice target = options.chooseTarget(environment, catalog, config);
    ScanRequest request = options.toRequest(environment, catalog, config, target, root);
    ScanOptions.requireKnownRules(request, BuiltinRules.all());
    List<String> warnings = new ArrayList<>();
    once.print(w -> target.print(w, request.catalog()));
    target.warning().ifPresent(warnings::add);
    boolean writes = !dryRun && !check && patch == null;
    if (writes && target.retired() && !allowRetiredTarget) {
      throw new IllegalArgumentException(
          (several ? label + ": " : "")
              + "nothing written: "
              + request.catalog().targetModel(request.target()).name()
              + " is past end of life, so the rewritten code would fail; pass"
              + " --allow-retired-target to write anyway, or choose a live target (--to)");
    }
    MigrationResult result;
    try (ScanProgressBar progress = new ScanProgressBar(progressMode(), err(), width())) {
      result =
          scanner != null
              ? scanner.apply(request)
              : new Scanner(BuiltinRules.all(), NativeWalk.folders()).scan(request, progress);
    }
    warnings.addAll(result.warnings());
    result.warnings().forEach(w -> once.println("migrate apply: warning: " + w));
    ApplyPlan plan = new ApplyPlanner().plan(result);
    return writes ? write(label, plan, warnings) : preview(label, plan, warnings, several);
  }

  private Outcome preview(String label, ApplyPlan plan, List<String> warnings, boolean several) {
    List<FileError> errors = new ArrayList<>(plan.errors());
    ExitCode code = ExitCode.OK;
    if (dryRun || patch != null) {
      Path base = GitWorkTree.patchBase(plan.root());
      PatchRenderer.Rendered rendered = new PatchRenderer(base).render(plan.changes());
      errors.addAll(rendered.skipped());
      if (patch != null) {
        code = code.worst(writeText(patch, rendered.patch(), "patch"));
      } else {
        PrintWriter out = spec.commandLine().getOut();
        if (several && !rendered.patch().isEmpty()) {
          // git apply skips text before each "diff --git"; this line says where to apply it.
          out.println("# root " + label + ": apply in " + base);
        }
        out.print(rendered.patch());
        out.flush();
      }
    }
    if (check && plan.hasChanges()) {
      code = code.worst(ExitCode.FINDINGS);
    }
    return new Outcome(label, plan.with(plan.changes(), errors), Mode.PENDING, warnings, code);
  }

  private Outcome write(String label, ApplyPlan plan, List<String> warnings) {
    if (!allowDirty) {
      ExitCode refused =
          DirtyCheck.refuse(plan, err(), options.rootLabels().size() > 1 ? label : "");
      if (refused != ExitCode.OK) {
        return new Outcome(label, null, Mode.WRITTEN, warnings, refused);
      }
    }
    ApplyWriter.Outcome outcome;
    try (Progress writing =
        Progress.start(progressMode(), err(), width(), "Writing", plan.changes().size(), "files")) {
      outcome = new ApplyWriter().allowReadOnly(allowReadOnly).write(plan, writing::step);
    }
    outcome.warnings().forEach(w -> err().println("migrate apply: " + w));
    List<FileError> errors = new ArrayList<>(plan.errors());
    errors.addAll(outcome.errors());
    return new Outcome(
        label, plan.with(outcome.written(), errors), Mode.WRITTEN, warnings, ExitCode.OK);
  }

  /**
   * The summary on standard output (text or JSON, nothing with --quiet), the errors on stderr, the
   * --report file, and the exit code over every root.
   */
  private ExitCode report(List<Outcome> outcomes, List<FileError> notApplied, ExitCode code) {
    List<Outcome> done = outcomes.stream().filter(o -> o.plan() != null).toList();
    for (Outcome o : outcomes) {
      code = code.worst(o.code());
      if (o.plan() == null) {
        notApplied.add(new FileError(o.label(), "nothing written: files with uncommitted changes"));
      }
    }
    // --dry-run alone has the patch on standard output; everything else has the summary there.
    boolean summarised = !dryRun || check || patch != null;
    if (summarised && !quiet && !done.isEmpty()) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(summary(done, notApplied, options.rootLabels().size() > 1));
      out.flush();
    }
    if (check && !quiet && done.stream().anyMatch(o -> o.plan().hasChanges())) {
      err().println("migrate apply --check: changes pending; run 'migrate apply' to make them");
    }
    for (Outcome o : done) {
      o.plan().errors().forEach(err()::println);
      if (!o.plan().errors().isEmpty()) {
        code = code.worst(ExitCode.INCOMPLETE);
      }
    }
    if (report != null && !done.isEmpty()) {
      code =
          code.worst(writeText(report, checklist(done, options.rootLabels().size() > 1), "report"));
    }
    return code;
  }

  private String summary(List<Outcome> done, List<FileError> notApplied, boolean several) {
    ApplyJson json = new ApplyJson(VersionProvider.toolInfo());
    if (format == TextOrJson.JSON) {
      List<ApplyJson.Root> roots =
          done.stream()
              .map(o -> new ApplyJson.Root(o.plan(), o.mode() == Mode.WRITTEN, o.warnings()))
              .toList();
      return several ? json.render(roots, notApplied) : json.render(roots.get(0));
    }
    if (!several) {
      return new SummaryRenderer().render(done.get(0).plan(), done.get(0).mode());
    }
    StringBuilder text = new StringBuilder();
    for (Outcome o : done) {
      text.append("=== ").append(o.label()).append(" ===\n\n");
      text.append(new SummaryRenderer().render(o.plan(), o.mode())).append('\n');
    }
    notApplied.forEach(
        e -> text.append(e.path()).append(": not applied: ").append(e.reason()).append('\n'));
    return text.toString();
  }

  /**
   * The Markdown report; with several roots one section per root, each titled with its root, the
   * sections together within one pull-request body ({@link SharedBudget}: a small root's unused
   * share goes to the large ones). In CI each root's places link to the commit, as the scan's
   * Markdown report does.
   */
  private String checklist(List<Outcome> done, boolean several) {
    if (!several) {
      return render(done.get(0), SharedBudget.CHARS);
    }
    List<String> titles = done.stream().map(o -> ": `" + o.label() + "`").toList();
    int framing = titles.stream().mapToInt(t -> t.length() + 1).sum();
    List<String> parts =
        SharedBudget.render(
            SharedBudget.CHARS - framing,
            done.stream().map(o -> (IntFunction<String>) budget -> render(o, budget)).toList());
    StringBuilder md = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String one = parts.get(i);
      int eol = one.indexOf('\n');
      md.append(md.length() == 0 ? "" : "\n")
          .append(one, 0, eol)
          .append(titles.get(i))
          .append(one.substring(eol));
    }
    return md.toString();
  }

  private String render(Outcome o, int budget) {
    return new MigrationReport(budget, CiLinks.of(environment, o.plan().root()))
        .render(o.plan(), o.mode());
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
