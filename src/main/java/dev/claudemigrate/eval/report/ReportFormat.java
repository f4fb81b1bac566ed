package dev.claudemigrate.eval.report;

import dev.claudemigrate.engine.files.AtomicWrite;
import dev.claudemigrate.eval.EvalReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** The report formats of {@code migrate eval --format}, each with the file it is written to. */
public enum ReportFormat {
  MARKDOWN("report.md", MarkdownReport::render),
  JSON("report.json", JsonReport::render),
  JUNIT("junit.xml", JunitReport::render),
  HTML("report.html", HtmlReport::render);

  private final String fileName;
  private final Function<EvalReport, String> renderer;

  ReportFormat(String fileName, Function<EvalReport, String> renderer) {
    this.fileName = fileName;
    this.renderer = renderer;
  }

  public String fileName() {
    return fileName;
  }

  public String render(EvalReport report) {
    return renderer.apply(report);
  }

  /**
   * Writes the report in each of {@code formats} into {@code dir}, side by side on threads of their
   * own: most of a format's time is its one-time set-up (its classes, the JSON serializers), which
   * used to run one format after the other after the last answer. Returns the files in the order of
   * {@code formats}; the first failure is thrown once all are done.
   */
  public static List<Path> writeAll(Collection<ReportFormat> formats, EvalReport report, Path dir)
      throws IOException, InterruptedException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, formats.size()),
            task -> {
              Thread t = new Thread(task, "eval-report");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Callable<Path>> tasks = new ArrayList<>();
      for (ReportFormat f : formats) {
        tasks.add(() -> f.write(report, dir));
      }
      // invokeAll returns once every write has ended: none may still be writing into the folder
      // when the caller reports a failure (or a test deletes the folder).
      List<Path> out = new ArrayList<>();
      for (Future<Path> w : pool.invokeAll(tasks)) {
        out.add(written(w));
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  private static Path written(Future<Path> write) throws IOException, InterruptedException {
    try {
      return write.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Writes the report into {@code dir} atomically, so CI never picks up half a file. */
  public Path write(EvalReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(fileName);
    AtomicWrite.writeString(target, render(report));
    return target;
  }
}
