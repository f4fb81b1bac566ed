package dev.claudemigrate.engine.rules.stopreason;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a stop value the way the code at hand writes the ones it already handles, so that advice
 * reads {@code "refusal"}, {@code StopReason.REFUSAL}, {@code StopReason.ContentFiltered}, {@code
 * types.StopReasonContentFiltered} or Rust's {@code StopReason::ContentFiltered} as fits.
 */
final class StopValueSpelling {
  private static final Pattern SAMPLE =
      Pattern.compile("([\"'`])([a-z_]+)\\1|((?:[A-Za-z_]\\w*(?:\\.|::))*)([A-Za-z_]\\w*)");

  /**
   * The AWS SDK for .NET's constants: the value with its first letter capital, {@code End_turn}.
   */
  private static final Pattern DOTNET = Pattern.compile("[A-Z][a-z0-9]*(_[a-z0-9]+)+");

  private StopValueSpelling() {}

  /**
   * {@code value} (snake case) spelled like the first known stop value in {@code sample}; quoted if
   * none.
   */
  static String spell(String value, String sample) {
    Matcher m = SAMPLE.matcher(sample);
    while (m.find()) {
      if (m.group(2) != null && StopReasonCheck.values(m.group(2)).size() == 1) {
        return m.group(1) + value + m.group(1);
      }
      String token = m.group(4);
      if (token != null && StopReasonCheck.values(token).size() == 1) {
        return m.group(3) + like(value, token);
      }
    }
    return "\"" + value + "\"";
  }

  private static String like(String value, String token) {
    if (DOTNET.matcher(token).matches()) {
      return Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
    String pascal = pascal(value);
    Matcher prefix = StopReasonCheck.SDK_PREFIX.matcher(token);
    if (prefix.find()) {
      return prefix.group() + pascal;
    }
    if (token.equals(token.toUpperCase(Locale.ROOT))) {
      return value.toUpperCase(Locale.ROOT);
    }
    if (token.equals(token.toLowerCase(Locale.ROOT))) {
      return value;
    }
    return Character.isUpperCase(token.charAt(0))
        ? pascal
        : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }

  private static String pascal(String snake) {
    StringBuilder sb = new StringBuilder();
    for (String part : snake.split("_")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return sb.toString();
  }
}
