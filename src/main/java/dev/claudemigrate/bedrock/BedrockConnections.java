package dev.claudemigrate.bedrock;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the SDK clients for one run: Bedrock Runtime (Converse) and the Bedrock control plane,
 * sharing one HTTP client that may record every exchange or replay them from a file. The SDK's own
 * retries are off, so {@link ConverseCaller}'s backoff and --max-attempts are what runs; the SDK
 * enforces --timeout per attempt.
 */
public final class BedrockConnections implements AutoCloseable {
  private static final String MAX_CONNECTIONS = "http.maxConnections";

  /** Idle connections per host the JDK's HTTP client keeps by default. */
  private static final int JDK_KEEP_ALIVE = 5;

  private final SdkHttpClient http;
  private final ReplayHttpClient replay;
  private final BedrockRuntimeClient runtime;
  private BedrockClient control;
  private final AwsContext context;
  private final AwsSettings settings;
  private S3Client s3;
  private final Map<String, BedrockRuntimeClient> regional = new HashMap<>();

  private BedrockConnections(
      SdkHttpClient http, ReplayHttpClient replay, AwsContext context, AwsSettings settings) {
    this.http = http;
    this.replay = replay;
    this.context = context;
    this.settings = settings;
    this.runtime = configure(BedrockRuntimeClient.builder(), context, settings).build();
  }

  /**
   * The same HTTP client, region, credentials, timeouts and endpoint for both services; no SDK
   * retries.
   */
  private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
      B builder, AwsContext context, AwsSettings settings) {
    builder
        .httpClient(http)
        .region(Region.of(context.region()))
        .credentialsProvider(context.credentials())
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .apiCallAttemptTimeout(settings.timeout())
                .apiCallTimeout(settings.timeout())
                .build());
    if (settings.endpoint() != null && !settings.replaying()) {
      builder.endpointOverride(settings.endpoint());
    }
    return builder;
  }

  /**
   * Opens the clients for {@code settings}: replaying from a file, recording to one, or plain.
   *
   * @throws IOException when the replay file cannot be read
   */
  public static BedrockConnections open(AwsContext context, AwsSettings settings)
      throws IOException {
    if (settings.replaying()) {
      ReplayHttpClient replay = new ReplayHttpClient(Recording.read(settings.replay()));
      return new BedrockConnections(replay, replay, context, settings);
    }
    SdkHttpClient http = network(settings.timeout());
    if (settings.record() != null) {
      http = new RecordingHttpClient(http, Recording.create(settings.record()));
    }
    return new BedrockConnections(http, null, context, settings);
  }

  /**
   * Lets the JDK's HTTP client keep up to {@code calls} idle connections per host for reuse. It
   * keeps five by default ({@code http.maxConnections}), so with more calls in flight it closes the
   * others after each answer and opens (against AWS, with a TLS handshake) a new connection for
   * each next call. A value the user set ({@code -Dhttp.maxConnections} in {@code JAVA_OPTS}) is
   * kept. The JDK reads the setting once, at the first connection of the process, so call this
   * before.
   */
  public static void keepAlive(int calls) {
    keepAliveSetting(System.getProperty(MAX_CONNECTIONS), calls)
        .ifPresent(v -> System.setProperty(MAX_CONNECTIONS, v));
  }

  /** The value {@link #keepAlive} sets, if any: none when the user set one or five suffice. */
  static Optional<String> keepAliveSetting(String current, int calls) {
    if (current != null || calls <= JDK_KEEP_ALIVE) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(calls));
  }

  private static SdkHttpClient network(Duration timeout) {
    Duration connect =
        timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
    return new BackgroundHttpClient(
        () ->
            UrlConnectionHttpClient.builder()
                .socketTimeout(timeout)
                .connectionTimeout(connect)
                .build(),
        "UrlConnection");
  }

  /** The Bedrock Runtime client (Converse). */
  public BedrockRuntimeClient runtime() {
    return runtime;
  }

  /**
   * A Bedrock Runtime client for {@code region} (the session's own for null or its region), on the
   * same HTTP client, so it records and replays like the others. A project may call Claude in
   * several regions.
   */
  public synchronized BedrockRuntimeClient runtime(String region) {
    if (region == null || region.equals(context.region())) {
      return runtime;
    }
    return regional.computeIfAbsent(
        region,
        r ->
            configure(
                    BedrockRuntimeClient.builder(),
                    new AwsContext(
                        r,
                        context.regionSource(),
                        context.credentials(),
                        context.credentialSource()),
                    settings)
                .build());
  }

  /**
   * The Bedrock control-plane client (GetFoundationModel, ListInferenceProfiles, GetGuardrail),
   * made on first use: eval and smoke never need it, and building an SDK client costs start-up
   * time.
   */
  public synchronized BedrockClient control() {
    if (control == null) {
      control = configure(BedrockClient.builder(), context, settings).build();
    }
    return control;
  }

  /**
   * The S3 client (batch eval), made on first use. With a custom S3 endpoint (--endpoint-url,
   * AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL) it addresses buckets path-style, as LocalStack, MinIO
   * and other stand-ins need; the SDK itself reads the AWS_ENDPOINT_URL variables.
   *
   * @param env the environment variables (to see whether an S3 endpoint is configured)
   */
  public synchronized S3Client s3(Map<String, String> env) {
    if (s3 == null) {
      s3 =
          configure(S3Client.builder(), context, settings)
              .forcePathStyle(customS3Endpoint(settings, env))
              .build();
    }
    return s3;
  }

  /** Whether S3 requests go to an endpoint other than AWS's own. */
  static boolean customS3Endpoint(AwsSettings settings, Map<String, String> env) {
    return settings.endpoint() != null
        || nonBlank(env.get("AWS_ENDPOINT_URL_S3"))
        || nonBlank(env.get("AWS_ENDPOINT_URL"))
        || nonBlank(System.getProperty("aws.endpointUrlS3"))
        || nonBlank(System.getProperty("aws.endpointUrl"));
  }

  private static boolean nonBlank(String s) {
    return s != null && !s.isBlank();
  }

  /** The replay client when replaying, to ask how many requests fell back to recorded order. */
  public Optional<ReplayHttpClient> replay() {
    return Optional.ofNullable(replay);
  }

  @Override
  public void close() {
    regional.values().forEach(BedrockRuntimeClient::close);
    runtime.close();
    synchronized (this) {
      if (control != null) {
        control.close();
      }
      if (s3 != null) {
        s3.close();
      }
    }
    http.close();
  }
}
