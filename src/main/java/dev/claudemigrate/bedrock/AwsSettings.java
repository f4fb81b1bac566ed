package dev.claudemigrate.bedrock;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to reach AWS, as the user asked for it on the command line (before resolution).
 *
 * @param region --region, or null to resolve from the environment and profile
 * @param profile --profile (an AWS named profile), or null
 * @param endpoint --endpoint-url, or null for the regional endpoint
 * @param timeout the time one call may take, all attempts included
 * @param maxAttempts attempts per call, the first included (retries apply to throttling and 5xx)
 * @param record file to record every exchange to, or null
 * @param replay file to answer every exchange from (no network, no account), or null
 */
public record AwsSettings(
    String region,
    String profile,
    URI endpoint,
    Duration timeout,
    int maxAttempts,
    Path record,
    Path replay) {

  /** The region replay uses when none is given: recordings do not depend on a real region. */
  public static final String REPLAY_REGION = "us-east-1";

  public AwsSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("--max-attempts must be at least 1, got " + maxAttempts);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("--timeout must be positive");
    }
    if (record != null && replay != null) {
      throw new IllegalArgumentException("--record and --replay cannot be used together");
    }
  }

  public boolean replaying() {
    return replay != null;
  }
}
