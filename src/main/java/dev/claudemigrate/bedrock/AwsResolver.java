package dev.claudemigrate.bedrock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Resolves the region and credentials the way the AWS CLI does, reading environment variables from
 * the map it is given (so tests and the CLI agree) and profiles from the usual files.
 */
public final class AwsResolver {
  private final Map<String, String> env;

  /**
   * @param env environment variables (AWS_REGION, AWS_PROFILE, AWS_ACCESS_KEY_ID, AWS_CONFIG_FILE,
   *     HOME, ...)
   */
  public AwsResolver(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /**
   * Resolves region and credentials; replay needs neither and gets a fixed region and dummy keys.
   */
  public AwsContext resolve(AwsSettings settings) throws AwsSetupException {
    return resolve(settings, null);
  }

  /**
   * Resolves region and credentials; {@code projectRegion}, when not null, is the region to use
   * when neither --region, the environment nor the profile names one (a project that states its
   * region).
   */
  public AwsContext resolve(AwsSettings settings, String projectRegion) throws AwsSetupException {
    if (settings.replaying()) {
      String region = settings.region() != null ? settings.region() : AwsSettings.REPLAY_REGION;
      return new AwsContext(
          region,
          settings.region() != null ? "--region" : "replay default",
          StaticCredentialsProvider.create(AwsBasicCredentials.create("replay", "replay")),
          "none (replay)");
    }
    Found region;
    try {
      region = region(settings);
    } catch (AwsSetupException e) {
      if (projectRegion == null) {
        throw e;
      }
      region = new Found(projectRegion, "the project's");
    }
    Credentials creds = credentials(settings);
    return new AwsContext(region.value(), region.source(), creds.provider(), creds.source());
  }

  /** The profile name in effect: --profile, then AWS_PROFILE, then {@code default}. */
  public String profileName(AwsSettings settings) {
    if (settings.profile() != null) {
      return settings.profile();
    }
    return nonBlank(env.get("AWS_PROFILE")).orElse("default");
  }

  /** A resolved value and where it came from. */
  private record Found(String value, String source) {}

  private Found region(AwsSettings settings) throws AwsSetupException {
    if (settings.region() != null) {
      return new Found(settings.region(), "--region");
    }
    for (String name : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
      Optional<String> v = nonBlank(env.get(name));
      if (v.isPresent()) {
        return new Found(v.get(), name);
      }
    }
    String profile = profileName(settings);
    Optional<String> fromProfile =
        profileFile().profile(profile).flatMap(p -> p.property("region"));
    if (fromProfile.isPresent()) {
      return new Found(fromProfile.get(), "profile " + profile);
    }
    throw new AwsSetupException(
        "no AWS region: pass --region, set AWS_REGION, or add region to profile '" + profile + "'");
  }

  private record Credentials(AwsCredentialsProvider provider, String source) {}

  private Credentials credentials(AwsSettings settings) throws AwsSetupException {
    if (settings.profile() == null) {
      Optional<String> key = nonBlank(env.get("AWS_ACCESS_KEY_ID"));
      Optional<String> secret = nonBlank(env.get("AWS_SECRET_ACCESS_KEY"));
      if (key.isPresent() && secret.isPresent()) {
        Optional<String> token = nonBlank(env.get("AWS_SESSION_TOKEN"));
        AwsCredentials c =
            token.isPresent()
                ? AwsSessionCredentials.create(key.get(), secret.get(), token.get())
                : AwsBasicCredentials.create(key.get(), secret.get());
        return new Credentials(
            StaticCredentialsProvider.create(c), "environment (AWS_ACCESS_KEY_ID)");
      }
    }
    String profile = profileName(settings);
    AwsCredentialsProvider provider =
        settings.profile() != null
            ? ProfileCredentialsProvider.builder()
                .profileFile(this::profileFile)
                .profileName(profile)
                .build()
            : DefaultCredentialsProvider.builder()
                .profileFile(this::profileFile)
                .profileName(profile)
                .build();
    try {
      AwsCredentials resolved = provider.resolveCredentials();
      String source =
          settings.profile() != null
              ? "profile " + profile
              : describe(resolved.providerName(), profile);
      return new Credentials(provider, source);
    } catch (SdkException e) {
      throw new AwsSetupException(
          "no AWS credentials"
              + (settings.profile() != null ? " in profile '" + profile + "'" : "")
              + ": run 'aws configure' or 'aws sso login', set AWS_PROFILE, or pass --profile ("
              + Redaction.redact(firstLine(e.getMessage()))
              + ")");
    }
  }

  /** A short, secret-free name for the SDK provider that produced the credentials. */
  static String describe(Optional<String> providerName, String profile) {
    String p = providerName.orElse("");
    if (p.contains("SystemProperty")) {
      return "system properties (aws.accessKeyId)";
    }
    if (p.contains("EnvironmentVariable")) {
      return "environment (AWS_ACCESS_KEY_ID)";
    }
    if (p.contains("WebIdentity")) {
      return "web identity token (AWS_ROLE_ARN)";
    }
    if (p.contains("InstanceProfile")) {
      return "instance profile (EC2 metadata)";
    }
    if (p.contains("Container")) {
      return "container credentials (ECS/EKS)";
    }
    if (p.contains("Profile") || p.contains("Sso") || p.contains("Process")) {
      return "profile " + profile;
    }
    return p.isEmpty() ? "default provider chain" : p;
  }

  /**
   * The config and credentials files, honouring AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE.
   */
  ProfileFile profileFile() {
    String home = nonBlank(env.get("HOME")).orElse(System.getProperty("user.home"));
    Path config = Path.of(nonBlank(env.get("AWS_CONFIG_FILE")).orElse(home + "/.aws/config"));
    Path creds =
        Path.of(
            nonBlank(env.get("AWS_SHARED_CREDENTIALS_FILE")).orElse(home + "/.aws/credentials"));
    ProfileFile.Aggregator all = ProfileFile.aggregator();
    if (Files.isRegularFile(config)) {
      all.addFile(
          ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build());
    }
    if (Files.isRegularFile(creds)) {
      all.addFile(ProfileFile.builder().content(creds).type(ProfileFile.Type.CREDENTIALS).build());
    }
    return all.build();
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown reason";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
