package dev.claudemigrate.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs every case on both models, {@code repeat} times, with at most {@code concurrency} calls in
 * flight, streaming each result to the {@link ResultStore} as it arrives and skipping those it
 * holds.
 */
public final class EvalRunner {
  private final ModelInvoker invoker;
  private final Grader grader;
  private final int concurrency;

  /**
   * @param invoker calls the models
   * @param judgeModel the model that grades {@code llm-rubric} checks, or null
   * @param prices prices for the cost figures and {@code max-cost}
   * @param concurrency the most calls in flight at once
   */
  public EvalRunner(ModelInvoker invoker, String judgeModel, PriceBook prices, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("--concurrency must be at least 1, got " + concurrency);
    }
    this.invoker = invoker;
    this.grader = new Grader(invoker, judgeModel, prices, true);
    this.concurrency = concurrency;
  }

  /**
   * Runs what {@code store} does not hold yet.
   *
   * @throws IOException when results cannot be written (the run stops)
   */
  public void run(List<EvalCase> cases, RunPlan plan, ResultStore store, Progress progress)
      throws IOException, InterruptedException {
    int total = cases.size() * plan.repeat() * Side.values().length;
    List<Call> todo = Call.todo(cases, plan, store);
    progress.started(total, total - todo.size());
    AtomicInteger done = new AtomicInteger(total - todo.size());
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, EvalRunner::daemon);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Call t : todo) {
        try {
          futures.add(pool.submit(() -> runOne(t, plan, store, pool, progress, done, total)));
        } catch (RejectedExecutionException stopped) {
          break; // a write failed while tasks were still being queued: awaitAll reports it
        }
      }
      // The main thread has nothing else to do while the first calls are in flight: it sets up the
      // JSON writers of results and of fingerprints (made with each result) once, before the first
      // round's answers arrive, instead of each of that round's threads building them at once.
      ResultStore.prepare();
      if (!todo.isEmpty()) {
        todo.get(0).fingerprint(plan);
      }
      awaitAll(futures);
    } finally {
      pool.shutdownNow();
      progress.finished();
    }
  }

  private void runOne(
      Call t,
      RunPlan plan,
      ResultStore store,
      ExecutorService pool,
      Progress progress,
      AtomicInteger done,
      int total) {
    CaseResult r = execute(t, plan);
    append(store, r, pool);
    synchronized (progress) {
      progress.completed(r, done.incrementAndGet(), total);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "eval-call");
    t.setDaemon(true);
    return t;
  }

  /**
   * Stores a result; when the file cannot be written, stops the calls still waiting (they would be
   * lost).
   */
  private static void append(ResultStore store, CaseResult r, ExecutorService pool) {
    try {
      store.append(r);
    } catch (IOException e) {
      // Queued tasks are FutureTasks; cancel them so that waiting for them ends.
      pool.shutdownNow()
          .forEach(
              q -> {
                if (q instanceof Future<?> f) {
                  f.cancel(false);
                }
              });
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitAll(List<Future<?>> futures) throws IOException, InterruptedException {
    IOException failure = null;
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (CancellationException e) {
        // Stopped after a write failure, reported below.
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UncheckedIOException io)) {
          throw new IllegalStateException(e.getCause());
        }
        failure =
            failure != null
                ? failure
                : new IOException(
                    "cannot write results: " + io.getCause().getMessage(), io.getCause());
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Makes one call and checks its answer; a call that throws becomes an error result. */
  CaseResult execute(Call t, RunPlan plan) {
    ModelRequest request = plan.request(t.evalCase(), t.side());
    ModelResponse r;
    try {
      r = invoker.invoke(request);
    } catch (RuntimeException e) {
      r = ModelResponse.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), 0);
    }
    return grader.grade(t, request, r);
  }

  /**
   * A short hash of everything that decides a call and its checks, so edited cases run again on
   * resume.
   */
  public static String fingerprint(ModelRequest request, List<AssertionSpec> checks) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(JsonChecks.write(List.of(request, checks)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
