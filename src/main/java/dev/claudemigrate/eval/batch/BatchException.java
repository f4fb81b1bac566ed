package dev.claudemigrate.eval.batch;

/** A batch step that failed (S3 or the job API), with a message fit for one line of output. */
public final class BatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BatchException(String message, Throwable cause) {
    super(message, cause);
  }

  public BatchException(String message) {
    super(message);
  }
}
