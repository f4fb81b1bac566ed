package dev.claudemigrate.cli;

import dev.claudemigrate.bedrock.AwsSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The AWS options shared by smoke, doctor and eval (picocli mixin). */
public final class AwsOptions {
  @Option(
      names = "--region",
      paramLabel = "REGION",
      description =
          "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region).")
  String region;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "AWS named profile (default: AWS_PROFILE or the default chain).")
  String profile;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description = "Send requests to this endpoint (VPC endpoint, proxy, local stand-in).")
  URI endpoint;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "60s",
      description =
          "Time one attempt may take: 90s, 500ms, 2m or seconds (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(
      names = "--max-attempts",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "Attempts per call; throttling and 5xx are retried with backoff and jitter (default: ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Option(
      names = "--record",
      paramLabel = "FILE",
      description = "Record every request and answer to FILE (JSON Lines; never credentials).")
  String record;

  @Option(
      names = "--replay",
      paramLabel = "FILE",
      description = "Answer from a recording: no network, no AWS account needed.")
  String replay;

  /** The settings these options describe, paths resolved against the working directory. */
  public AwsSettings settings(Environment env) {
    return new AwsSettings(
        region,
        profile,
        endpoint,
        duration(timeout),
        maxAttempts,
        record == null ? null : env.resolve(record),
        replay == null ? null : env.resolve(replay));
  }

  /** Parses 90s, 500ms, 2m or a plain number of seconds. */
  static Duration duration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      if (t.endsWith("s")) {
        return Duration.ofMillis(
            Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
      }
      if (t.endsWith("m")) {
        return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
      }
      return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--timeout: cannot read '" + text + "' (use 90s, 500ms, 2m)");
    }
  }
}
