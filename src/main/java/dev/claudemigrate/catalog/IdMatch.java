package dev.claudemigrate.catalog;

import java.util.regex.Pattern;

/**
 * A model identifier found in text, resolved against the catalog.
 *
 * @param start character offset of the match in the searched text
 * @param end offset just past the match
 * @param text the matched text
 * @param form the form it was written in
 * @param model the model it names (for the bogus ID, the model it was meant to name)
 * @param prefix the inference-profile prefix, or null
 * @param region the ARN's region as written, or null (also for an ARN assembled from parts, see
 *     {@link #partialArn}); a placeholder ({@code YOUR_REGION}, {@code REGION}) is kept as written,
 *     see {@link #knownRegion}
 * @param account the ARN's account as written (digits or a placeholder), or null
 * @param bogus whether the ID does not exist (a known typo), e.g. {@code
 *     anthropic.claude-4-sonnet-20240514-v1:0}
 * @param window the context-window suffix right after the ID that names a provisioned-throughput
 *     variant ({@code :18k}, {@code :200k}), not part of the match, or null
 * @param extra segments before the ID or its profile prefix that no identifier has ({@code us.} of
 *     {@code us.us.anthropic...}), part of the match, or null
 */
public record IdMatch(
    int start,
    int end,
    String text,
    IdForm form,
    Model model,
    String prefix,
    String region,
    String account,
    boolean bogus,
    String window,
    String extra) {
  /** An AWS region: {@code us-east-1}, {@code us-gov-west-1}, {@code ap-southeast-2}. */
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(?:-[a-z]+)+-[0-9]+");

  /**
   * The ARN's region when it is one, null when the ARN states none or a placeholder ({@code
   * YOUR_REGION}): only a real region may decide an inference-profile prefix.
   */
  public String knownRegion() {
    return region != null && REGION.matcher(region).matches() ? region : null;
  }

  /**
   * Whether the token has segments no identifier has ({@link #extra}): it is reported, never
   * rewritten, since what was meant is not known.
   */
  public boolean malformed() {
    return extra != null;
  }

  /**
   * Whether this is the tail of an ARN assembled from parts, with its region and account elsewhere:
   * {@code '::foundation-model/anthropic.claude-...'} in a CloudFormation {@code Fn::Join}, {@code
   * ${AWS::Region}::foundation-model/...} in a {@code !Sub}, {@code
   * ${ACCOUNT_ID}:inference-profile/...} in a script. The whole ARN is not in the text, so it
   * cannot be rewritten as one.
   */
  public boolean partialArn() {
    return region == null
        && (form == IdForm.FOUNDATION_MODEL_ARN || form == IdForm.INFERENCE_PROFILE_ARN);
  }
}
