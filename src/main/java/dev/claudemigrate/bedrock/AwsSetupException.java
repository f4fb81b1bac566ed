package dev.claudemigrate.bedrock;

/** The region or the credentials could not be resolved; the message is one line for the user. */
public final class AwsSetupException extends Exception {
  private static final long serialVersionUID = 1L;

  public AwsSetupException(String message) {
    super(message);
  }
}
