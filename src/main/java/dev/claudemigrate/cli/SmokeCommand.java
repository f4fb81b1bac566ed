package dev.claudemigrate.cli;

import dev.claudemigrate.bedrock.ModelChoice;
import dev.claudemigrate.bedrock.TextFiles;
import dev.claudemigrate.bedrock.smoke.PromptCase;
import dev.claudemigrate.bedrock.smoke.SmokeCheck;
import dev.claudemigrate.bedrock.smoke.SmokePlan;
import dev.claudemigrate.bedrock.smoke.SmokeRenderer;
import dev.claudemigrate.bedrock.smoke.SmokeReport;
import dev.claudemigrate.bedrock.smoke.SmokeRunner;
import dev.claudemigrate.bedrock.smoke.ToolDefinition;
import dev.claudemigrate.bedrock.smoke.shapes.ShapeRunner;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.ToolVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code migrate smoke} command: proves the target model answers through Converse. */
@Command(
    name = "smoke",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Calls the target model through the Converse API and checks that it answers, calls the "
          + "text-editor tool by its new name, thinks with your budget and passes your guardrail.",
      "With DIR: reads the project and sends each distinct request it makes (its model IDs, "
          + "tools, system prompts, thinking, betas and sampling settings) once, with a tiny user turn."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every check passed",
      "1:a check failed",
      "2:usage error",
      "3:AWS credentials or region missing"
    })
final class SmokeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin AwsOptions aws;
  @Mixin CatalogOption catalogOption;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description =
          "Smoke-test the requests this project sends (one call per distinct request shape).")
  String dir;

  @Option(
      names = "--dry-run",
      description =
          "With DIR: print the requests that would be sent and their estimated cost; send nothing (no AWS account needed).")
  boolean dryRun;

  @Option(
      names = "--max-calls",
      paramLabel = "N",
      description = "With DIR: send at most N calls; the rest are reported as not sent.")
  Integer maxCalls;

  @Option(
      names = "--budget",
      paramLabel = "USD",
      description =
          "With DIR: stop before a call whose estimated cost would take the run past USD.")
  BigDecimal budget;

  /** --model or --to, shared with doctor. */
  static final class Target {
    @Option(
        names = "--model",
        paramLabel = "ID",
        description = "Model or inference-profile ID to call.")
    String model;

    @Option(
        names = "--to",
        paramLabel = "TARGET",
        description =
            "Migration target; calls its inference profile for the region (default: the newest"
                + " Claude Sonnet 4.x active on Bedrock today).")
    String to;

    /** The target resolved by {@link #announce}, or null for an explicit --model. */
    private dev.claudemigrate.catalog.Target resolved;

    /**
     * Resolves the target and prints the first line (which target or model, and why) and, when it
     * is not active today, one warning line.
     *
     * @throws IllegalArgumentException for an unknown target
     */
    void announce(String command, PrintWriter err, Catalog catalog, Environment env) {
      LocalDate today = LocalDate.now(env.clock());
      if (model == null) {
        TargetChoice choice = TargetChoice.resolve(catalog, to, Optional.empty(), today);
        resolved = choice.target();
        choice.print(err, catalog);
        return;
      }
      Optional<Model> known = catalog.identify(model).map(IdMatch::model);
      err.println(
          "migrate "
              + command
              + ": model "
              + model
              + known
                  .map(m -> " (" + m.name() + ", " + m.lifecycle().stateOn(today).words() + ")")
                  .orElse("")
              + ": from --model");
      known
          .flatMap(m -> TargetLifecycleWarning.forModel(m, "model", today))
          .ifPresent(w -> err.println("migrate: warning: " + w));
    }

    /**
     * Loads the catalog and announces the target or model; on bad input (catalog, target) prints
     * one line and returns null.
     */
    Catalog prepare(String command, PrintWriter err, CatalogOption option, Environment env) {
      try {
        Catalog catalog = option.load(env);
        announce(command, err, catalog, env);
        return catalog;
      } catch (RuntimeException e) {
        err.println("migrate " + command + ": " + e.getMessage());
        return null;
      }
    }

    ModelChoice choose(Catalog catalog, String region) {
      return model != null
          ? ModelChoice.ofId(catalog, model)
          : ModelChoice.ofTarget(catalog, resolved.name(), region);
    }
  }

  @ArgGroup(exclusive = true)
  Target target = new Target();

  @Option(
      names = "--checks",
      paramLabel = "LIST",
      split = ",",
      completionCandidates = Choices.SmokeChecks.class,
      description =
          "Checks to run: ${COMPLETION-CANDIDATES} (default: all; guardrail only with --guardrail-id).")
  List<String> checks;

  @Option(
      names = "--thinking-budget",
      paramLabel = "N",
      defaultValue = "1024",
      description = "budget_tokens for the thinking check (default: ${DEFAULT-VALUE}).")
  int thinkingBudget;

  @Option(
      names = "--max-tokens",
      paramLabel = "N",
      defaultValue = "2048",
      description = "maxTokens per turn (default: ${DEFAULT-VALUE}).")
  int maxTokens;

  @Option(
      names = "--guardrail-id",
      paramLabel = "ID",
      description = "Guardrail ID or ARN for the guardrail check.")
  String guardrailId;

  @Option(
      names = "--guardrail-version",
      paramLabel = "V",
      defaultValue = "DRAFT",
      description = "Guardrail version (default: ${DEFAULT-VALUE}).")
  String guardrailVersion;

  static final class Prompts {
    @Option(names = "--prompt", paramLabel = "TEXT", description = "The prompt of the basic turn.")
    String prompt;

    @Option(
        names = "--prompts",
        paramLabel = "FILE",
        description =
            "JSONL prompt cases, one a line: {\"name\",\"prompt\",\"system\",\"expect\"}.")
    String file;
  }

  @ArgGroup(exclusive = true)
  Prompts prompts = new Prompts();

  @Option(
      names = "--tool-definition",
      paramLabel = "FILE",
      description = "The text-editor tool as the migrated project defines it (JSON).")
  String toolDefinition;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      completionCandidates = Choices.SmokeFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  SmokeRenderer.Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE (the text report still goes to stdout).")
  String output;

  private final Environment environment;

  SmokeCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (dir != null) {
      return projectSmoke(out, err);
    }
    if (dryRun || maxCalls != null || budget != null) {
      throw new IllegalArgumentException("--dry-run, --max-calls and --budget need DIR");
    }
    Catalog catalog = target.prepare("smoke", err, catalogOption, environment);
    if (catalog == null) {
      return ExitCode.USAGE.code();
    }
    return AwsSession.run(
        "smoke",
        aws,
        environment,
        err,
        session -> {
          SmokePlan plan = plan(catalog, session.context().region());
          SmokeReport report = new SmokeRunner(session.caller(catalog), plan).run();
          write(report, out);
          return report.passed() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
        });
  }

  private int projectSmoke(PrintWriter out, PrintWriter err)
      throws IOException, InterruptedException {
    if (target.model != null || target.to != null || checks != null) {
      throw new IllegalArgumentException(
          "--model, --to and --checks choose the built-in checks; with DIR smoke sends the project's own requests");
    }
    if (maxCalls != null && maxCalls < 0 || budget != null && budget.signum() < 0) {
      throw new IllegalArgumentException("--max-calls and --budget cannot be negative");
    }
    return new ProjectSmoke(environment, aws, dir, new ShapeRunner.Limits(maxCalls, budget))
        .run(
            catalogOption.load(environment),
            dryRun,
            format,
            (rendered, text) -> write(rendered, text, out),
            err);
  }

  SmokePlan plan(Catalog catalog, String region) throws IOException {
    ModelChoice choice = target.choose(catalog, region);
    // A model the catalog does not know gets the current Claude 4 text editor.
    ToolDefinition tool =
        toolDefinition != null
            ? ToolDefinition.read(environment.resolve(toolDefinition))
            : choice
                .model()
                .map(m -> ToolDefinition.forModel(catalog, m))
                .orElseGet(() -> ToolDefinition.forModel(catalog, null));
    List<String> betas =
        tool.type() == null
            ? List.of()
            : catalog
                .tool(tool.type())
                .map(ToolVersion::beta)
                .filter(b -> b != null)
                .map(List::of)
                .orElse(List.of());
    return new SmokePlan(
        choice.modelId(),
        choice.name(),
        region,
        checks(),
        maxTokens,
        thinkingBudget,
        guardrailId,
        guardrailId == null ? null : guardrailVersion,
        promptCases(),
        tool,
        betas,
        choice.model().map(Model::price).orElse(null));
  }

  private List<SmokeCheck> checks() {
    if (checks == null) {
      List<SmokeCheck> all =
          new ArrayList<>(List.of(SmokeCheck.BASIC, SmokeCheck.TOOLS, SmokeCheck.THINKING));
      if (guardrailId != null) {
        all.add(SmokeCheck.GUARDRAIL);
      }
      return all;
    }
    List<SmokeCheck> asked = checks.stream().map(SmokeCheck::parse).distinct().sorted().toList();
    if (asked.contains(SmokeCheck.GUARDRAIL) && guardrailId == null) {
      throw new IllegalArgumentException(
          "the guardrail check needs --guardrail-id (and --guardrail-version)");
    }
    return asked;
  }

  private List<PromptCase> promptCases() throws IOException {
    if (prompts.file != null) {
      return PromptCase.read(environment.resolve(prompts.file));
    }
    return List.of(prompts.prompt != null ? PromptCase.of(prompts.prompt) : PromptCase.DEFAULT);
  }

  private void write(SmokeReport report, PrintWriter out) throws IOException {
    write(
        SmokeRenderer.render(report, format),
        SmokeRenderer.render(report, SmokeRenderer.Format.TEXT),
        out);
  }

  /** The report in --format to stdout, or to --output with the text report on stdout. */
  private void write(String rendered, String text, PrintWriter out) throws IOException {
    if (output == null) {
      out.print(rendered);
      return;
    }
    TextFiles.write(environment.resolve(output), rendered);
    out.print(text);
    out.println("report written to " + output);
  }
}
