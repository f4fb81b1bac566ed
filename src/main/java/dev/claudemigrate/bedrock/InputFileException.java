package dev.claudemigrate.bedrock;

import java.io.IOException;

/**
 * An input file the user named is missing or malformed (a usage error, exit 2), as opposed to a
 * file that cannot be written or a failing device (exit 3).
 */
public final class InputFileException extends IOException {
  public InputFileException(String message) {
    super(message);
  }
}
