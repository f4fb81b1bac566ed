package dev.claudemigrate.bedrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Region and credential resolution from the environment map and profile files. */
class AwsResolverTest {
  @TempDir Path dir;

  private Map<String, String> env(String... pairs) {
    Map<String, String> m =
        new HashMap<>(
            Map.of(
                "AWS_CONFIG_FILE",
                dir.resolve("config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE",
                dir.resolve("credentials").toString(),
                "HOME",
                dir.toString()));
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static AwsSettings settings(String region, String profile) {
    return new AwsSettings(region, profile, null, Duration.ofSeconds(5), 1, null, null);
  }

  @Test
  void regionComesFromTheOptionThenAwsRegionThenDefaultRegionThenTheProfile() throws Exception {
    Files.writeString(dir.resolve("config"), "[default]\nregion = ap-northeast-1\n");
    Map<String, String> keys = env("AWS_ACCESS_KEY_ID", "AKID", "AWS_SECRET_ACCESS_KEY", "s");

    assertEquals("eu-west-3", new AwsResolver(keys).resolve(settings("eu-west-3", null)).region());
    Map<String, String> both = new HashMap<>(keys);
    both.put("AWS_REGION", "us-west-2");
    both.put("AWS_DEFAULT_REGION", "us-east-2");
    assertEquals("AWS_REGION", new AwsResolver(both).resolve(settings(null, null)).regionSource());
    both.remove("AWS_REGION");
    assertEquals("us-east-2", new AwsResolver(both).resolve(settings(null, null)).region());
    AwsContext fromProfile = new AwsResolver(keys).resolve(settings(null, null));
    assertEquals("ap-northeast-1", fromProfile.region());
    assertEquals("profile default", fromProfile.regionSource());
  }

  @Test
  void sessionKeysFromTheEnvironmentAreUsedAndNamedNotShown() throws Exception {
    AwsContext c =
        new AwsResolver(
                env(
                    "AWS_ACCESS_KEY_ID",
                    "AKID",
                    "AWS_SECRET_ACCESS_KEY",
                    "topsecret",
                    "AWS_SESSION_TOKEN",
                    "tok",
                    "AWS_REGION",
                    "us-east-1"))
            .resolve(settings(null, null));

    assertEquals("environment (AWS_ACCESS_KEY_ID)", c.credentialSource());
    assertEquals("AKID", c.credentials().resolveCredentials().accessKeyId());
  }

  @Test
  void anUnknownProfileIsMissingCredentials() {
    AwsSetupException e =
        assertThrows(
            AwsSetupException.class,
            () -> new AwsResolver(env()).resolve(settings("us-east-1", "nope")));

    assertTrue(e.getMessage().startsWith("no AWS credentials in profile 'nope'"), e.getMessage());
  }

  @Test
  void replayNeedsNothing() throws Exception {
    AwsSettings replay =
        new AwsSettings(null, null, null, Duration.ofSeconds(5), 1, null, dir.resolve("r.jsonl"));

    AwsContext c = new AwsResolver(Map.of()).resolve(replay);

    assertEquals(AwsSettings.REPLAY_REGION, c.region());
    assertEquals("none (replay)", c.credentialSource());
  }

  @Test
  void providerNamesBecomeShortSources() {
    assertEquals(
        "profile dev", AwsResolver.describe(Optional.of("ProfileCredentialsProvider"), "dev"));
    assertEquals(
        "instance profile (EC2 metadata)",
        AwsResolver.describe(Optional.of("InstanceProfileCredentialsProvider"), "x"));
    assertEquals(
        "web identity token (AWS_ROLE_ARN)",
        AwsResolver.describe(Optional.of("WebIdentityTokenCredentialsProvider"), "x"));
  }

  @Test
  void settingsRejectNonsense() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new AwsSettings(null, null, null, Duration.ofSeconds(1), 0, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new AwsSettings(
                null, null, null, Duration.ofSeconds(1), 1, dir.resolve("a"), dir.resolve("b")));
  }
}
