package dev.claudemigrate.cli;

import dev.claudemigrate.engine.files.AtomicWrite;
import dev.claudemigrate.eval.Dataset;
import dev.claudemigrate.eval.DatasetLoader;
import dev.claudemigrate.eval.InvocationLogImporter;
import dev.claudemigrate.eval.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The options of {@code migrate eval} besides the AWS ones. */
final class EvalOptions {
  @Option(
      names = "--dataset",
      paramLabel = "FILE",
      description =
          "Cases to run: JSON Lines or YAML (promptfoo-style: prompt or messages, system, tools, vars, assert).")
  String dataset;

  @Option(
      names = "--from-invocation-logs",
      paramLabel = "FILE",
      description =
          "Also build cases from Bedrock model-invocation-log records (JSON Lines, .gz ok); the logged answer is the reference.")
  String invocationLogs;

  @Option(
      names = "--baseline",
      required = true,
      paramLabel = "MODEL",
      description = "The model in production today (model or inference-profile ID).")
  String baseline;

  @Option(
      names = "--candidate",
      required = true,
      paramLabel = "MODEL",
      description = "The model to move to.")
  String candidate;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description = "Most calls in flight at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--repeat",
      paramLabel = "K",
      defaultValue = "1",
      description =
          "Run each case K times per model; a case passes on a majority (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(
      names = "--guardrail-id",
      paramLabel = "ID",
      description = "Production guardrail, applied to both models.")
  String guardrailId;

  @Option(
      names = "--guardrail-version",
      paramLabel = "V",
      defaultValue = "DRAFT",
      description = "Guardrail version (default: ${DEFAULT-VALUE}).")
  String guardrailVersion;

  @Option(
      names = "--candidate-thinking-budget",
      paramLabel = "N",
      description = "Turn on extended thinking for the candidate with this budget (>= 1024).")
  Integer thinkingBudget;

  @Option(
      names = "--judge",
      paramLabel = "MODEL",
      description = "Model that grades llm-rubric checks (default: the candidate).")
  String judge;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "migrate-eval",
      description = "Folder for results.jsonl and the reports (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(
      names = "--format",
      paramLabel = "LIST",
      split = ",",
      defaultValue = "markdown,json,junit,html",
      completionCandidates = Choices.EvalFormats.class,
      description = "Reports to write: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  List<String> formats;

  @Option(
      names = "--fail-on-regression",
      paramLabel = "N",
      description = "Exit 1 when more than N cases pass on the baseline and fail on the candidate.")
  Integer failOnRegression;

  @Option(
      names = "--resume",
      description = "Keep the results already in --out and run only what is missing.")
  boolean resume;

  @Option(
      names = "--overwrite",
      description =
          "Start over when --out already holds results (without it, and without --resume, the run"
              + " stops rather than throw paid-for results away).")
  boolean overwrite;

  @Option(
      names = "--price",
      paramLabel = "MODEL=IN/OUT",
      description = "Price override in USD per million tokens, e.g. my-profile=3/15 (repeatable).")
  List<String> prices = new ArrayList<>();

  @Option(
      names = "--batch",
      paramLabel = "S3URI",
      description =
          "Run as Bedrock batch jobs at half the on-demand price: inputs and outputs under this s3://bucket/prefix, one job per model.")
  String batch;

  @Option(
      names = "--batch-role",
      paramLabel = "ARN",
      description = "IAM service role the batch jobs run as (reads and writes the --batch prefix).")
  String batchRole;

  @Option(
      names = "--batch-min-records",
      paramLabel = "N",
      defaultValue = "100",
      description =
          "Fewest records a batch job takes; your account's quota (default: ${DEFAULT-VALUE}).")
  int batchMinRecords;

  @Option(
      names = "--batch-poll",
      paramLabel = "DURATION",
      defaultValue = "60s",
      description = "Wait between two looks at the batch jobs (default: ${DEFAULT-VALUE}).")
  String batchPoll;

  @Option(
      names = "--no-wait",
      description =
          "With --batch: submit the jobs, save their ARNs in --out and exit; the same command later collects the answers.")
  boolean noWait;

  /** The dataset and imported log cases together; an unreadable file is a usage error. */
  Dataset loadDataset(Environment env) throws IOException {
    if (dataset == null && invocationLogs == null) {
      throw new IllegalArgumentException("give --dataset FILE or --from-invocation-logs FILE");
    }
    Dataset data = new Dataset(List.of(), List.of());
    try {
      if (dataset != null) {
        data = DatasetLoader.load(env.resolve(dataset));
      }
      if (invocationLogs != null) {
        InvocationLogImporter.Imported imported =
            InvocationLogImporter.load(env.resolve(invocationLogs), judge != null);
        data = data.plus(imported.dataset(), invocationLogs);
        saveImported(env, imported);
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(e.getFile() + ": no such file");
    }
    return data;
  }

  /** Keeps the imported cases as a dataset file, to curate into the regression suite. */
  private void saveImported(Environment env, InvocationLogImporter.Imported imported)
      throws IOException {
    Path dir = env.resolve(out);
    Files.createDirectories(dir);
    String lines =
        imported.entries().stream()
            .map(Object::toString)
            .collect(Collectors.joining("\n", "", "\n"));
    AtomicWrite.writeString(dir.resolve("imported-cases.jsonl"), lines);
  }

  String datasetLabel() {
    return dataset == null
        ? invocationLogs
        : invocationLogs == null ? dataset : dataset + " + " + invocationLogs;
  }

  Set<ReportFormat> formats() {
    Set<ReportFormat> out = new LinkedHashSet<>();
    for (String f : formats) {
      try {
        out.add(ReportFormat.valueOf(f.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--format: unknown format '" + f + "' (known: markdown, json, junit, html)");
      }
    }
    return out;
  }
}
