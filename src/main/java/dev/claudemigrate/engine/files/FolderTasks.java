package dev.claudemigrate.engine.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;

/**
 * Runs a folder-by-folder walk on one or more threads: each task lists one folder, handles its
 * entries and returns its subfolders, which become tasks of their own (as ripgrep's walk does).
 * Threads take whole folders, so a folder's files are read while it is open, and the walk is no
 * longer one thread that the readers wait for. The order folders are handled in is not fixed: the
 * walk sorts what it found at the end.
 */
final class FolderTasks {
  /** One folder's work; returns the folders below it still to walk. */
  @FunctionalInterface
  interface Step<F> {
    List<F> walk(F folder) throws IOException;
  }

  private FolderTasks() {}

  /**
   * Walks from {@code start} until no folder is left, on {@code threads} threads (the calling one
   * alone when 1); the first {@link IOException} of a step ends the walk and is thrown here.
   */
  static <F> void run(F start, int threads, Step<F> step) throws IOException {
    if (threads <= 1) {
      Deque<F> todo = new ArrayDeque<>();
      todo.push(start);
      while (!todo.isEmpty()) {
        step.walk(todo.pop()).forEach(todo::push);
      }
      return;
    }
    ForkJoinPool pool =
        new ForkJoinPool(
            threads,
            p -> {
              ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
              t.setName("claude-migrate-walk");
              return t;
            },
            null,
            false);
    try {
      pool.invoke(new Task<>(start, step));
    } catch (UncheckedIOException e) {
      // The pool may rethrow a copy made on this thread, with the original as its cause.
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof IOException io) {
          throw io;
        }
      }
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  private static final class Task<F> extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final transient F folder;
    private final transient Step<F> step;

    Task(F folder, Step<F> step) {
      this.folder = folder;
      this.step = step;
    }

    @Override
    protected void compute() {
      List<F> below;
      try {
        below = step.walk(folder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!below.isEmpty()) {
        invokeAll(below.stream().map(f -> new Task<>(f, step)).toList());
      }
    }
  }
}
