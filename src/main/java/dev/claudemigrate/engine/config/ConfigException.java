package dev.claudemigrate.engine.config;

/**
 * A project config file that cannot be used; the message is one line naming the file and the
 * problem.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
