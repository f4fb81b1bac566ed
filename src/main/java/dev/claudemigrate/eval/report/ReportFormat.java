package dev.claudemigrate.eval.report;

import dev.claudemigrate.engine.files.AtomicWrite;
import dev.claudemigrate.eval.EvalReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Writes the report into {@code dir} atomically, so CI never picks up half a file. */
  public Path write(EvalReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(fileName);
    AtomicWrite.writeString(target, render(report));
    return target;
  }
}
