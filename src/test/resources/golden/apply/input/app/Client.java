package app;

final class Client {
  static final String MODEL = "anthropic.claude-3-5-sonnet-20241022-v2:0";

  private Client() {}
}
