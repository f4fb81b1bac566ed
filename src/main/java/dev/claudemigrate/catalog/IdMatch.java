package dev.claudemigrate.catalog;

/**
 * A model identifier found in text, resolved against the catalog.
 *
 * @param start character offset of the match in the searched text
 * @param end offset just past the match
 * @param text the matched text
 * @param form the form it was written in
 * @param model the model it names (for the bogus ID, the model it was meant to name)
 * @param prefix the inference-profile prefix, or null
 * @param region the ARN's region, or null
 * @param account the ARN's account, or null
 * @param bogus whether the ID does not exist (a known typo), e.g. {@code
 *     anthropic.claude-4-sonnet-20240514-v1:0}
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
    boolean bogus) {}
