package app;

final class Client {
  static final String MODEL = "us.anthropic.claude-sonnet-4-20250514-v1:0";

  private Client() {}
}
