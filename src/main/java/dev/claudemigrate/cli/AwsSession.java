package dev.claudemigrate.cli;

import dev.claudemigrate.bedrock.AwsContext;
import dev.claudemigrate.bedrock.AwsResolver;
import dev.claudemigrate.bedrock.AwsSettings;
import dev.claudemigrate.bedrock.AwsSetupException;
import dev.claudemigrate.bedrock.Backoff;
import dev.claudemigrate.bedrock.BedrockConnections;
import dev.claudemigrate.bedrock.ConverseCaller;
import dev.claudemigrate.bedrock.Diagnoser;
import dev.claudemigrate.bedrock.Sleeper;
import dev.claudemigrate.catalog.Catalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Resolves region and credentials for a command and opens the Bedrock clients, printing where the
 * region and credentials came from (never the secrets). Shared by smoke, doctor and eval.
 *
 * @param settings the settings asked for
 * @param context the resolved region and credentials
 * @param connections the open clients
 */
record AwsSession(AwsSettings settings, AwsContext context, BedrockConnections connections)
    implements AutoCloseable {

  /** Opens a session; a missing region or credentials throws with a one-line message. */
  static AwsSession open(AwsOptions options, Environment env, PrintWriter err, String projectRegion)
      throws AwsSetupException, IOException {
    AwsSettings settings = options.settings(env);
    AwsContext context = new AwsResolver(env.env()).resolve(settings, projectRegion);
    err.println(
        "region "
            + context.region()
            + " ("
            + context.regionSource()
            + "), credentials: "
            + context.credentialSource()
            + (settings.replaying() ? ", replaying " + settings.replay() : "")
            + (settings.record() != null ? ", recording to " + settings.record() : ""));
    return new AwsSession(settings, context, BedrockConnections.open(context, settings));
  }

  /**
   * The Converse caller for this session: our backoff with jitter up to --max-attempts, real waits,
   * diagnoses for the session's region. Smoke and eval call the model through it.
   */
  ConverseCaller caller(Catalog catalog) {
    return caller(catalog, context.region());
  }

  /** The Converse caller for {@code region}, on this session's connections. */
  ConverseCaller caller(Catalog catalog, String region) {
    String r = region == null ? context.region() : region;
    return new ConverseCaller(
        connections.runtime(r),
        Backoff.standard(settings.maxAttempts()),
        Sleeper.REAL,
        new SecureRandom(),
        new Diagnoser(catalog, r),
        settings.timeout());
  }

  /** What a command does with an open session; returns its exit code. */
  @FunctionalInterface
  interface Work {
    int run(AwsSession session) throws IOException, InterruptedException;
  }

  /**
   * Opens a session, runs {@code work}, and turns a setup failure (no region, no credentials) into
   * one line {@code migrate COMMAND: reason} and exit 3.
   */
  static int run(String command, AwsOptions options, Environment env, PrintWriter err, Work work)
      throws IOException, InterruptedException {
    return run(command, options, env, err, null, work);
  }

  /**
   * {@link #run(String, AwsOptions, Environment, PrintWriter, Work)}, with the region a project
   * states as the last resort for the session's region.
   */
  static int run(
      String command,
      AwsOptions options,
      Environment env,
      PrintWriter err,
      String projectRegion,
      Work work)
      throws IOException, InterruptedException {
    try (AwsSession session = open(options, env, err, projectRegion)) {
      return work.run(session);
    } catch (AwsSetupException e) {
      err.println("migrate " + command + ": " + e.getMessage());
      return ExitCode.INCOMPLETE.code();
    }
  }

  @Override
  public void close() {
    connections.close();
    if (context.credentials() instanceof SdkAutoCloseable closeable) {
      closeable.close();
    }
  }
}
