package dev.claudemigrate.engine;

import dev.claudemigrate.engine.source.NativeLibraryException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A bounded pool that runs an index loop on {@code threads} threads, each taking the next index
 * until none is left (cheaper than one task per file). With one thread the loop runs inline.
 */
final class Workers implements AutoCloseable {
  private final int threads;
  private final ExecutorService pool;

  Workers(int threads) {
    this.threads = Math.max(1, threads);
    this.pool =
        this.threads == 1
            ? null
            : Executors.newFixedThreadPool(
                this.threads,
                r -> {
                  Thread t = new Thread(r, "claude-migrate-scan");
                  t.setDaemon(true);
                  return t;
                });
  }

  /** Runs {@code task} for every index in {@code [0, n)} and waits; the task must not throw. */
  void forEach(int n, IntConsumer task) {
    if (pool == null || n < 2) {
      for (int i = 0; i < n; i++) {
        task.accept(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < Math.min(threads, n); t++) {
      running.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                  task.accept(i);
                }
              }));
    }
    running.forEach(Workers::get);
  }

  /**
   * Starts {@code task} on the pool (or runs it now with one thread); {@link #get} waits for it.
   */
  <T> Future<T> submit(Callable<T> task) {
    if (pool != null) {
      return pool.submit(task);
    }
    FutureTask<T> done = new FutureTask<>(task);
    done.run();
    return done;
  }

  /** The value of a task started with {@link #submit}; the task must not throw. */
  static <T> T get(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scan interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof NativeLibraryException n) {
        throw n; // the environment, not a bug: one line for the whole run
      }
      throw new IllegalStateException("scan worker failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
