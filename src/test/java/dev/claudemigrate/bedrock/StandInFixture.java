package dev.claudemigrate.bedrock;

import dev.claudemigrate.bedrock.smoke.PromptCase;
import dev.claudemigrate.bedrock.smoke.SmokeCheck;
import dev.claudemigrate.bedrock.smoke.SmokePlan;
import dev.claudemigrate.bedrock.smoke.SmokeReport;
import dev.claudemigrate.bedrock.smoke.SmokeRunner;
import dev.claudemigrate.bedrock.smoke.ToolDefinition;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A stand-in plus the real SDK clients pointed at it (endpointOverride, static credentials), a
 * sleeper that records waits instead of sleeping, and plan builders for Claude Sonnet 4.
 */
public final class StandInFixture implements AutoCloseable {
  public static final String PROFILE_ID = "us.anthropic.claude-sonnet-4-6";
  public static final String SECRET = "standInSecretKeyNeverStored0000000000000";

  public final Catalog catalog = Catalog.builtin();
  public final Model sonnet4 = catalog.model("claude-sonnet-4-6").orElseThrow();
  public final BedrockStandIn standIn;

  /** Waits the callers asked for; eval calls from several threads, so the list is synchronized. */
  public final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  private final List<BedrockConnections> opened = new ArrayList<>();

  public StandInFixture() throws IOException {
    standIn = new BedrockStandIn();
  }

  /** Settings that reach the stand-in, with optional record/replay files. */
  public AwsSettings settings(Duration timeout, int maxAttempts, Path record, Path replay) {
    return new AwsSettings(
        "us-east-1", null, standIn.endpoint(), timeout, maxAttempts, record, replay);
  }

  public AwsContext context(String region) {
    return new AwsContext(
        region,
        "--region",
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDSTANDIN", SECRET)),
        "test");
  }

  public BedrockConnections connect(AwsSettings settings) throws IOException {
    BedrockConnections c = BedrockConnections.open(context(settings.region()), settings);
    opened.add(c);
    return c;
  }

  /** A caller on fresh connections to the stand-in. */
  public ConverseCaller caller(Duration timeout, int maxAttempts, String region)
      throws IOException {
    return caller(
        connect(
            new AwsSettings(region, null, standIn.endpoint(), timeout, maxAttempts, null, null)),
        timeout,
        maxAttempts,
        region);
  }

  public ConverseCaller caller(
      BedrockConnections c, Duration timeout, int maxAttempts, String region) {
    return new ConverseCaller(
        c.runtime(),
        Backoff.standard(maxAttempts),
        sleeps::add,
        new Random(7),
        new Diagnoser(catalog, region),
        timeout);
  }

  public ConverseCaller caller() throws IOException {
    return caller(Duration.ofSeconds(10), 3, "us-east-1");
  }

  /** A Sonnet 4 plan through the us profile with the catalog's tool. */
  public SmokePlan plan(SmokeCheck... checks) {
    return plan(PROFILE_ID, ToolDefinition.forModel(catalog, sonnet4), List.of(), checks);
  }

  public SmokePlan plan(
      String modelId, ToolDefinition tool, List<String> betas, SmokeCheck... checks) {
    return new SmokePlan(
        modelId,
        "Claude Sonnet 4.6",
        "us-east-1",
        List.of(checks),
        2048,
        1024,
        "gr-smoke",
        "1",
        List.of(PromptCase.DEFAULT),
        tool,
        betas,
        sonnet4.price());
  }

  /** The Sonnet 4 plan with other limits, guardrail and prompts. */
  public SmokePlan plan(
      int maxTokens,
      int budget,
      String guardrailId,
      List<PromptCase> prompts,
      SmokeCheck... checks) {
    SmokePlan p = plan(checks);
    return new SmokePlan(
        p.modelId(),
        p.modelName(),
        p.region(),
        p.checks(),
        maxTokens,
        budget,
        guardrailId,
        guardrailId == null ? null : "1",
        prompts,
        p.tool(),
        p.betas(),
        p.price());
  }

  public SmokeReport run(SmokePlan plan) throws IOException {
    return new SmokeRunner(caller(), plan).run();
  }

  @Override
  public void close() {
    opened.forEach(BedrockConnections::close);
    standIn.close();
  }
}
