package dev.claudemigrate.eval;

/**
 * A case that could not be read; the other cases still run.
 *
 * @param file the dataset file
 * @param line the line the case starts on
 * @param message what is wrong
 */
public record DatasetError(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
