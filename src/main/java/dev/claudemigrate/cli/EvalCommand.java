package dev.claudemigrate.cli;

import dev.claudemigrate.bedrock.BedrockConnections;
import dev.claudemigrate.bedrock.eval.BedrockInvoker;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.Price;
import dev.claudemigrate.eval.Dataset;
import dev.claudemigrate.eval.EvalReport;
import dev.claudemigrate.eval.EvalRunner;
import dev.claudemigrate.eval.Guardrail;
import dev.claudemigrate.eval.ModelInvoker;
import dev.claudemigrate.eval.PriceBook;
import dev.claudemigrate.eval.ResultStore;
import dev.claudemigrate.eval.RunPlan;
import dev.claudemigrate.eval.batch.BatchException;
import dev.claudemigrate.eval.batch.BatchRunner;
import dev.claudemigrate.eval.report.ReportFormat;
import dev.claudemigrate.eval.report.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code migrate eval} command: the old model against the new, side by side, on the user's own
 * prompts.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Runs your prompt set on the baseline and the candidate model under the same guardrail, checks "
            + "every answer, and reports regressions first (Markdown, JSON, JUnit XML, HTML).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; regressions within --fail-on-regression (or no limit set)",
      "1:more regressions than --fail-on-regression",
      "2:usage error (bad option, unreadable dataset file)",
      "3:incomplete: unreadable cases, calls that failed after retries, or AWS credentials or region missing"
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EvalOptions opts;
  @Mixin AwsOptions aws;
  @Mixin CatalogOption catalogOption;

  private final Environment environment;

  EvalCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    opts.formats();
    Catalog catalog = catalogOption.load(environment);
    announce(catalog, err);
    Dataset data = opts.loadDataset(environment);
    data.errors().forEach(e -> err.println("migrate eval: " + e));
    if (data.cases().isEmpty()) {
      err.println("migrate eval: no readable case in the dataset");
      return ExitCode.USAGE.code();
    }
    Path results = environment.resolve(opts.out).resolve("results.jsonl");
    int earlier = opts.resume || opts.overwrite ? 0 : ResultStore.count(results);
    if (earlier > 0) {
      err.println("migrate eval: " + ResultStore.refusal(results, earlier));
      return ExitCode.USAGE.code();
    }
    String judge = judge(data, err);
    if (opts.resume && aws.record != null && Files.exists(environment.resolve(aws.record))) {
      err.println(
          "migrate eval: --record "
              + aws.record
              + " exists and a recording starts empty; record to a new file when resuming");
      return ExitCode.USAGE.code();
    }
    RunPlan plan =
        new RunPlan(opts.baseline, opts.candidate, guardrail(), opts.thinkingBudget, opts.repeat);
    PriceBook prices = new PriceBook(catalog, priceOverrides());
    if (opts.batch != null) {
      return batch(data, plan, judge, prices, catalog, out, err);
    }
    if (opts.noWait) {
      throw new IllegalArgumentException("--no-wait needs --batch");
    }
    BedrockConnections.keepAlive(opts.concurrency);
    return AwsSession.run(
        "eval",
        aws,
        environment,
        err,
        session ->
            finish(
                run(new BedrockInvoker(session.caller(catalog)), data, plan, judge, prices, err),
                out));
  }

  /** Runs the cases not yet in the results file and builds the report from everything in it. */
  EvalReport run(
      ModelInvoker invoker,
      Dataset data,
      RunPlan plan,
      String judge,
      PriceBook prices,
      PrintWriter err)
      throws IOException, InterruptedException {
    Path dir = environment.resolve(opts.out);
    EvalRunner runner = new EvalRunner(invoker, judge, prices, opts.concurrency);
    try (ResultStore store =
        ResultStore.open(dir.resolve("results.jsonl"), opts.resume, opts.overwrite)) {
      runner.run(
          data.cases(),
          plan,
          store,
          new EvalProgress(
              Progress.Mode.of(environment, false), err, Terminals.width(environment, true)));
      return EvalReport.build(opts.datasetLabel(), plan, judge, data, store::get);
    }
  }

  /** Batch mode: jobs instead of calls, then the same reports from the same results file. */
  private int batch(
      Dataset data,
      RunPlan plan,
      String judge,
      PriceBook prices,
      Catalog catalog,
      PrintWriter out,
      PrintWriter err)
      throws IOException, InterruptedException {
    EvalBatch batch = new EvalBatch(opts, environment);
    BatchRunner.Settings settings = batch.settings(aws);
    return AwsSession.run(
        "eval",
        aws,
        environment,
        err,
        session -> {
          Path dir = environment.resolve(opts.out);
          try (ResultStore store =
              ResultStore.open(dir.resolve("results.jsonl"), opts.resume, opts.overwrite)) {
            ModelInvoker judgeInvoker = new BedrockInvoker(session.caller(catalog));
            if (!batch.run(
                session, judgeInvoker, settings, data, plan, judge, prices, store, err)) {
              return ExitCode.OK.code();
            }
            EvalReport report =
                EvalReport.build(opts.datasetLabel(), plan, judge, data, store::get);
            int code = finish(report, out);
            out.println("  costs at the Bedrock batch price (50 % of on-demand)");
            return code;
          } catch (BatchException e) {
            err.println("migrate eval: " + e.getMessage());
            return ExitCode.INCOMPLETE.code();
          }
        });
  }

  private int finish(EvalReport report, PrintWriter out) throws IOException, InterruptedException {
    Path dir = environment.resolve(opts.out);
    out.println(Summary.headline(report));
    for (Path written : ReportFormat.writeAll(opts.formats(), report, dir)) {
      out.println("  " + written);
    }
    ExitCode code = ExitCode.OK;
    if (opts.failOnRegression != null && report.regressions() > opts.failOnRegression) {
      out.println(
          report.regressions()
              + " regression(s), more than --fail-on-regression "
              + opts.failOnRegression);
      code = ExitCode.FINDINGS;
    }
    if (report.errors() > 0 || !report.datasetErrors().isEmpty()) {
      code = code.worst(ExitCode.INCOMPLETE);
    }
    return code.code();
  }

  /**
   * The judge model: --judge, else the candidate when some case needs one (said on stderr), else
   * none.
   */
  private String judge(Dataset data, PrintWriter err) {
    if (opts.judge != null || data.cases().stream().noneMatch(c -> c.needsJudge())) {
      return opts.judge;
    }
    err.println(
        "migrate eval: llm-rubric checks are graded by the candidate model (pass --judge MODEL to choose another)");
    return opts.candidate;
  }

  private Guardrail guardrail() {
    if (opts.guardrailId == null) {
      return null;
    }
    return new Guardrail(opts.guardrailId, opts.guardrailVersion);
  }

  /**
   * The first line names the models compared; a baseline or candidate that is not active on Bedrock
   * today, or is served only by the Messages API, gets one warning line each.
   */
  private void announce(Catalog catalog, PrintWriter err) {
    err.println(
        "migrate eval: candidate "
            + describe(catalog, opts.candidate)
            + " against baseline "
            + describe(catalog, opts.baseline));
    LocalDate today = LocalDate.now(environment.clock());
    for (String[] side :
        new String[][] {{"baseline", opts.baseline}, {"candidate", opts.candidate}}) {
      Optional<Model> m = catalog.identify(side[1]).map(IdMatch::model);
      m.flatMap(x -> TargetLifecycleWarning.forModel(x, side[0], today))
          .ifPresent(w -> err.println("migrate eval: warning: " + w));
      m.filter(x -> !x.converse())
          .ifPresent(
              x ->
                  err.println(
                      "migrate eval: warning: "
                          + side[0]
                          + " ("
                          + x.name()
                          + ") is served by the Bedrock Messages API; Converse may not serve it"));
    }
  }

  private String describe(Catalog catalog, String id) {
    LocalDate today = LocalDate.now(environment.clock());
    return id
        + catalog
            .identify(id)
            .map(IdMatch::model)
            .map(m -> " (" + m.name() + ", " + m.lifecycle().stateOn(today).words() + ")")
            .orElse("");
  }

  private Map<String, Price> priceOverrides() {
    Map<String, Price> m = new LinkedHashMap<>();
    List.copyOf(opts.prices)
        .forEach(
            spec -> {
              Map.Entry<String, Price> e = PriceBook.parse(spec);
              m.put(e.getKey(), e.getValue());
            });
    return m;
  }
}
