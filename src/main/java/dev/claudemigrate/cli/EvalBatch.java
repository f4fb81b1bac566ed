package dev.claudemigrate.cli;

import dev.claudemigrate.bedrock.batch.SdkBatchBackend;
import dev.claudemigrate.eval.Dataset;
import dev.claudemigrate.eval.Grader;
import dev.claudemigrate.eval.ModelInvoker;
import dev.claudemigrate.eval.PriceBook;
import dev.claudemigrate.eval.ResultStore;
import dev.claudemigrate.eval.RunPlan;
import dev.claudemigrate.eval.batch.BatchRunner;
import dev.claudemigrate.eval.batch.JobStatus;
import dev.claudemigrate.eval.batch.ModelBatch;
import dev.claudemigrate.eval.batch.S3Location;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code migrate eval --batch}: checks the batch options, opens S3 and Bedrock on the session, and
 * prints one line per job event on stderr.
 */
final class EvalBatch {
  private final EvalOptions opts;
  private final Environment environment;

  EvalBatch(EvalOptions opts, Environment environment) {
    this.opts = opts;
    this.environment = environment;
  }

  /** The batch settings, or a usage error for options batch mode cannot honour. */
  BatchRunner.Settings settings(AwsOptions aws) {
    S3Location prefix = S3Location.parse(opts.batch, "--batch");
    if (opts.batchRole == null || !opts.batchRole.startsWith("arn:")) {
      throw new IllegalArgumentException(
          "--batch needs --batch-role with the ARN of the IAM role the jobs run as (see docs/scale.md)");
    }
    if (opts.guardrailId != null) {
      throw new IllegalArgumentException(
          "--guardrail-id cannot be used with --batch: batch jobs do not apply guardrails; run on demand to compare under a guardrail");
    }
    if (aws.replay != null) {
      throw new IllegalArgumentException(
          "--replay cannot be used with --batch: a batch run reads its answers from S3");
    }
    if (opts.batchMinRecords < 1) {
      throw new IllegalArgumentException("--batch-min-records must be at least 1");
    }
    return new BatchRunner.Settings(
        prefix,
        opts.batchRole,
        opts.batchMinRecords,
        AwsOptions.duration(opts.batchPoll),
        !opts.noWait);
  }

  /**
   * Runs the batch jobs on {@code session} and stores every answer; false when the jobs were only
   * submitted (--no-wait).
   */
  boolean run(
      AwsSession session,
      ModelInvoker judgeInvoker,
      BatchRunner.Settings settings,
      Dataset data,
      RunPlan plan,
      String judge,
      PriceBook prices,
      ResultStore store,
      PrintWriter err)
      throws IOException, InterruptedException {
    SdkBatchBackend backend =
        new SdkBatchBackend(
            session.connections().s3(environment.env()), session.connections().control());
    // llm-rubric checks are graded on demand: a judge call needs the answer it grades.
    Grader grader = new Grader(judgeInvoker, judge, prices.atBatchRate(), false);
    BatchRunner runner =
        new BatchRunner(backend, grader, settings, d -> Thread.sleep(d.toMillis()), listener(err));
    List<ModelBatch> batches = runner.plan(data.cases(), plan, store);
    Path dir = environment.resolve(opts.out);
    BatchRunner.Result result = runner.run(batches, plan, store, dir);
    if (!result.collected()) {
      err.println(
          "migrate eval: "
              + result.jobs().size()
              + " batch job(s) submitted and saved in "
              + dir.resolve("batch-jobs.json")
              + "; run the same command again to wait for them and write the reports");
    }
    return result.collected();
  }

  private static BatchRunner.Listener listener(PrintWriter err) {
    return new BatchRunner.Listener() {
      @Override
      public void submitted(ModelBatch b, String arn) {
        line(b, arn, "submitted (" + b.size() + " records)");
      }

      @Override
      public void resumed(ModelBatch b, String arn, JobStatus s) {
        line(b, arn, "already submitted, " + s.state() + "; polling it");
      }

      @Override
      public void changed(ModelBatch b, String arn, JobStatus s) {
        line(b, arn, s.state() + (s.message() == null ? "" : ": " + s.message()));
      }

      @Override
      public void collected(ModelBatch b, int answers, int errors) {
        err.println(
            "batch " + b.model() + ": " + answers + " answers, " + errors + " record error(s)");
        err.flush();
      }

      private void line(ModelBatch b, String arn, String what) {
        err.println("batch " + b.model() + ": job " + arn + " " + what);
        err.flush();
      }
    };
  }
}
