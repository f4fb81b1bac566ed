package dev.claudemigrate.eval.batch;

import dev.claudemigrate.eval.Call;
import dev.claudemigrate.eval.EvalCase;
import dev.claudemigrate.eval.Grader;
import dev.claudemigrate.eval.ResultStore;
import dev.claudemigrate.eval.RunPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs an evaluation as Bedrock batch jobs: one JSONL input and one {@code
 * CreateModelInvocationJob} per model, the job ARNs saved in {@code --out} at once, the jobs polled
 * until they finish, their {@code .out} files joined back on record ID and graded exactly as
 * on-demand answers are. A rerun with the same input finds the saved jobs and polls them.
 */
public final class BatchRunner {
  /**
   * How batch mode runs.
   *
   * @param prefix where inputs are uploaded and outputs written ({@code s3://bucket/prefix})
   * @param roleArn the IAM service role the jobs run as
   * @param minRecords the fewest records a job may have (Bedrock's quota, 100 by default)
   * @param poll the wait between two looks at the jobs
   * @param waitForJobs false to stop once the jobs are submitted (collect with a later run)
   */
  public record Settings(
      S3Location prefix, String roleArn, int minRecords, Duration poll, boolean waitForJobs) {}

  /** Hears about the jobs (the CLI prints one line each). */
  public interface Listener {
    default void submitted(ModelBatch batch, String jobArn) {}

    default void resumed(ModelBatch batch, String jobArn, JobStatus status) {}

    default void changed(ModelBatch batch, String jobArn, JobStatus status) {}

    default void collected(ModelBatch batch, int answers, int errors) {}
  }

  /** Waits between polls (tests pass one that does not sleep). */
  @FunctionalInterface
  public interface Pause {
    void pause(Duration d) throws InterruptedException;
  }

  /** A job of this run: its batch, its ledger entry and its last known state. */
  private static final class Job {
    final ModelBatch batch;
    final JobLedger.Entry entry;
    JobStatus status;

    Job(ModelBatch batch, JobLedger.Entry entry, JobStatus status) {
      this.batch = batch;
      this.entry = entry;
      this.status = status;
    }
  }

  /**
   * What a run ended with.
   *
   * @param jobs the ARNs of the jobs this run waited for or submitted
   * @param collected whether the answers were collected (false: submitted only)
   */
  public record Result(List<String> jobs, boolean collected) {}

  private final BatchBackend backend;
  private final Grader grader;
  private final Settings settings;
  private final Pause pause;
  private final Listener listener;

  public BatchRunner(
      BatchBackend backend, Grader grader, Settings settings, Pause pause, Listener listener) {
    this.backend = backend;
    this.grader = grader;
    this.settings = settings;
    this.pause = pause;
    this.listener = listener;
  }

  /**
   * The batches the calls {@code store} does not hold yet make, one per model.
   *
   * @throws IllegalArgumentException with one line suggesting on-demand mode when a model has fewer
   *     records than a job needs
   */
  public List<ModelBatch> plan(List<EvalCase> cases, RunPlan plan, ResultStore store) {
    List<ModelBatch> batches = ModelBatch.of(Call.todo(cases, plan, store), plan);
    for (ModelBatch b : batches) {
      if (b.size() < settings.minRecords()) {
        throw new IllegalArgumentException(
            "--batch: "
                + b.model()
                + " has "
                + b.size()
                + " records, fewer than the "
                + settings.minRecords()
                + " a batch job needs (--batch-min-records); run without --batch to call the model on demand");
      }
    }
    return batches;
  }

  /** Submits (or finds) the jobs for {@code batches}, waits for them and stores every answer. */
  public Result run(List<ModelBatch> batches, RunPlan plan, ResultStore store, Path outDir)
      throws IOException, InterruptedException {
    JobLedger ledger = JobLedger.open(outDir);
    List<Job> jobs = new ArrayList<>();
    for (ModelBatch b : batches) {
      jobs.add(start(b, ledger));
    }
    List<String> arns = jobs.stream().map(j -> j.entry.jobArn()).toList();
    if (!settings.waitForJobs()) {
      return new Result(arns, false);
    }
    while (jobs.stream().anyMatch(j -> !j.status.finished())) {
      pause.pause(settings.poll());
      for (Job j : jobs) {
        if (!j.status.finished()) {
          JobStatus now = backend.job(j.entry.jobArn());
          if (!now.equals(j.status)) {
            listener.changed(j.batch, j.entry.jobArn(), now);
          }
          j.status = now;
        }
      }
    }
    for (Job j : jobs) {
      collect(j, plan, store);
    }
    return new Result(arns, true);
  }

  /** The saved job for this input when it is alive or done; else a new one, saved at once. */
  private Job start(ModelBatch b, JobLedger ledger) {
    Optional<JobLedger.Entry> saved = ledger.latest(b.model(), b.digest());
    if (saved.isPresent()) {
      JobStatus status = backend.job(saved.get().jobArn());
      if (!status.dead()) {
        listener.resumed(b, saved.get().jobArn(), status);
        return new Job(b, saved.get(), status);
      }
    }
    int attempt = saved.map(e -> e.attempt() + 1).orElse(1);
    S3Location dir = settings.prefix().child(b.digest());
    S3Location input = dir.child(b.safeModel() + ".jsonl");
    S3Location output = dir.child("out-" + attempt + "/");
    backend.put(input, b.bytes());
    String token = "migrate-eval-" + b.digest() + "-" + attempt;
    String arn =
        backend.createJob(
            new JobRequest(
                jobName(b, attempt), b.model(), settings.roleArn(), input, output, token));
    JobLedger.Entry e =
        new JobLedger.Entry(
            b.model(), b.digest(), attempt, arn, input.toString(), output.toString());
    ledger.add(e);
    listener.submitted(b, arn);
    return new Job(b, e, new JobStatus("Submitted", null));
  }

  /** Job names allow letters, digits and dashes, 63 at most. */
  static String jobName(ModelBatch b, int attempt) {
    String model = b.safeModel();
    if (model.length() > 36) {
      model = model.substring(0, 36);
    }
    return "migrate-eval-" + model + "-" + b.digest().substring(0, 8) + "-" + attempt;
  }

  private void collect(Job j, RunPlan plan, ResultStore store) throws IOException {
    JobAnswers answers =
        j.status.hasOutput()
            ? JobAnswers.read(backend, j.entry, j.status)
            : JobAnswers.none(j.entry, j.status);
    int errors = 0;
    for (var r : j.batch.records().entrySet()) {
      var response = answers.answer(r.getKey());
      if (response.failed()) {
        errors++;
      }
      store.append(grader.grade(r.getValue(), j.batch.requests().get(r.getKey()), response));
    }
    listener.collected(j.batch, j.batch.size() - errors, errors);
  }
}
