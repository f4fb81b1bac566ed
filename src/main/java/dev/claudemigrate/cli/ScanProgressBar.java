package dev.claudemigrate.cli;

import dev.claudemigrate.engine.ScanProgress;
import java.io.PrintWriter;

/**
 * A scan's progress as two bars in turn: files read (while the walk finds them), then checked. The
 * engine counts in batches, so the bar's lock is taken once per batch, not once per file.
 */
final class ScanProgressBar implements ScanProgress, AutoCloseable {
  private final Progress.Mode mode;
  private final PrintWriter err;
  private final int width;
  private final Progress reading;
  private volatile Progress checking = Progress.NONE;

  ScanProgressBar(Progress.Mode mode, PrintWriter err, int width) {
    this.mode = mode;
    this.err = err;
    this.width = width;
    this.reading = Progress.start(mode, err, width, "Reading", -1, "files");
  }

  @Override
  public void read(int files) {
    reading.stepBy(files);
  }

  @Override
  public void walked(int files) {
    reading.total(files);
  }

  @Override
  public void checking(int files) {
    reading.close();
    checking = Progress.start(mode, err, width, "Checking", files, "files");
  }

  @Override
  public void checked(int files) {
    checking.stepBy(files);
  }

  @Override
  public void close() {
    reading.close();
    checking.close();
  }
}
