package dev.claudemigrate.catalog;

/**
 * What decides the inference-profile prefix of a rewritten identifier: a prefix the user set
 * ({@code --profile-prefix}, {@code profilePrefix:}), else the AWS region the file or project
 * states; neither means a person decides.
 *
 * @param prefix the prefix the user set, or null
 * @param region the region stated, or null
 */
public record ProfileHint(String prefix, String region) {
  public static final ProfileHint NONE = new ProfileHint(null, null);

  public static ProfileHint ofPrefix(String prefix) {
    return new ProfileHint(prefix, null);
  }

  public static ProfileHint ofRegion(String region) {
    return new ProfileHint(null, region);
  }

  /** The same hint with {@code region} when it states none (e.g. the region of an ARN). */
  public ProfileHint orRegion(String region) {
    return this.region != null || region == null ? this : new ProfileHint(prefix, region);
  }
}
