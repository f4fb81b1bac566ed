package dev.claudemigrate.engine.model;

/** A file that could not be read, decoded, parsed or written, with the reason in one line. */
public record FileError(String path, String reason) {
  /** The one-line form printed to stderr: {@code path: reason}. */
  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
