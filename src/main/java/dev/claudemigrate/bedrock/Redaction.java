package dev.claudemigrate.bedrock;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from text that came back from an endpoint before it is stored (recordings,
 * eval results) or printed (diagnoses, reports). An endpoint or proxy that quotes the signed
 * request in an error would otherwise put the access key ID, the session token, the signature and
 * the whole {@code Authorization} line into files people share.
 */
public final class Redaction {
  /** What replaces a secret. */
  public static final String REDACTED = "[redacted]";

  private record Rule(Pattern pattern, String replacement) {}

  private static final List<Rule> RULES =
      List.of(
          // Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...
          new Rule(
              Pattern.compile("(?i)(authorization\\\\?\"?\\s*[:=]\\s*\\\\?\"?)[^\\r\\n\"\\\\]+"),
              "$1" + REDACTED),
          // Session tokens in headers, query strings and JSON.
          new Rule(
              Pattern.compile(
                  "(?i)((?:x-amz-security-token|aws_session_token|session_?token)\\\\?\"?\\s*[:=]\\s*\\\\?\"?)"
                      + "[A-Za-z0-9/+=%_-]{16,}"),
              "$1" + REDACTED),
          // Secret access keys.
          new Rule(
              Pattern.compile(
                  "(?i)((?:aws_secret_access_key|secret_?access_?key)\\\\?\"?\\s*[:=]\\s*\\\\?\"?)"
                      + "[A-Za-z0-9/+=]{16,}"),
              "$1" + REDACTED),
          // Request signatures (header or presigned query).
          new Rule(
              Pattern.compile("(?i)((?:x-amz-)?signature\\s*=\\s*)[0-9a-f]{16,}"), "$1" + REDACTED),
          // Access key IDs, wherever they stand (Credential=AKIA.../date/region/service).
          new Rule(
              Pattern.compile("\\b((?:AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|AGPA)[A-Z0-9]{16})\\b"),
              REDACTED));

  private Redaction() {}

  /** {@code text} with every credential shape replaced by {@value #REDACTED}; null stays null. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(out);
      if (m.find()) {
        out = m.replaceAll(r.replacement());
      }
    }
    return out;
  }
}
