package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.ProfileHint;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.syntax.CharPairs;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the AWS region a file states for its Bedrock client, when it states exactly one. */
final class FileRegion {
  /** An AWS region name, such as {@code us-east-1} or {@code ap-northeast-1}. */
  static final String REGION = "(?:us-gov|us|eu|ap|ca|sa|me|af|il|mx)-[a-z]+-\\d";

  /**
   * {@code region_name="eu-west-1"}, {@code AWS_REGION=eu-west-1}, {@code region = "us-east-1"},
   * {@code WithRegion("eu-west-1")}, also JSON-escaped in notebooks.
   */
  private static final Pattern ASSIGNED =
      Pattern.compile(
          "(?i)region[A-Za-z_]*\\\\?[\"']?\\s*(?:[=:(,]|:=|\\s)\\s*\\\\?[\"'`]?("
              + REGION
              + ")(?![A-Za-z0-9-])");

  /** The AWS SDK for Java/Kotlin constant, e.g. {@code Region.EU_WEST_1}. */
  private static final Pattern SDK_CONSTANT =
      Pattern.compile("\\bRegion\\.((?:US_GOV|US|EU|AP|CA|SA|ME|AF|IL|MX)_[A-Z]+_\\d)\\b");

  /** The AWS SDK for Rust: {@code Region::new("eu-west-1")}, {@code Region::from_static(...)}. */
  private static final Pattern RUST_REGION =
      Pattern.compile("\\bRegion::(?:new|from_static)\\(\\s*\"(" + REGION + ")\"");

  /**
   * The AWS SDK for .NET: {@code RegionEndpoint.USWest2}, {@code RegionEndpoint.APNortheast1},
   * {@code RegionEndpoint.USGovCloudWest1} (us-gov-west-1), and {@code
   * RegionEndpoint.GetBySystemName("eu-west-1")}.
   */
  private static final Pattern DOTNET_REGION =
      Pattern.compile(
          "\\bRegionEndpoint\\.(?:(USGovCloud|US|EU|AP|CA|SA|ME|AF|IL|MX)([A-Z][a-z]+)(\\d)\\b"
              + "|GetBySystemName\\(\\s*\"("
              + REGION
              + ")\")");

  /**
   * A region read from the environment (the literal is only a default): chosen at run time. In Rust
   * a region given to {@code or_else} or {@code unwrap_or} is the fallback of the provider chain.
   */
  private static final Pattern RUNTIME =
      Pattern.compile(
          "environ|getenv|Getenv|process\\.env|ENV\\[|System\\.getenv|\\benv\\(|or_else\\(|unwrap_or");

  private FileRegion() {}

  /**
   * The inference-profile prefix for base IDs in this file: the explicit setting first; then the
   * one region the file states; the project's region only when the file states none. A file that
   * reads its region from the environment (chosen at run time, whatever the default) or states
   * regions of different geographies decides nothing, and the project region does not decide for it
   * either.
   *
   * @return what decides the prefix; {@link ProfileHint#NONE} when a person must choose
   */
  static ProfileHint profileHint(String text, RuleContext ctx) {
    if (ctx.settings().profilePrefix().isPresent() || ctx.settings().region().isPresent()) {
      return ctx.profileHint(Optional.empty());
    }
    Set<String> regions = new LinkedHashSet<>();
    // Every match starts with the word "region": the pattern is tried only there.
    Matcher m = ASSIGNED.matcher(text).useTransparentBounds(true);
    boolean named = CharPairs.mayHoldIgnoreCase(text, "region");
    for (int at = named ? TextScan.indexOfIgnoreCase(text, "region", 0) : -1; at >= 0; ) {
      if (!m.region(at, text.length()).lookingAt()) {
        at = TextScan.indexOfIgnoreCase(text, "region", at + 1);
        continue;
      }
      if (RUNTIME.matcher(lineOf(text, m.start())).find()) {
        return ProfileHint.NONE;
      }
      regions.add(m.group(1).toLowerCase(Locale.ROOT));
      at = TextScan.indexOfIgnoreCase(text, "region", m.end());
    }
    Matcher rust = RUST_REGION.matcher(text);
    while (CharPairs.contains(text, "Region::") && rust.find()) {
      if (RUNTIME.matcher(lineOf(text, rust.start())).find()) {
        return ProfileHint.NONE;
      }
      regions.add(rust.group(1));
    }
    dotnetRegions(text, regions);
    Matcher c = SDK_CONSTANT.matcher(text);
    boolean constants =
        CharPairs.contains(text, "Region."); // in every match: skip the pattern when absent
    while (constants && c.find()) {
      regions.add(c.group(1).toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    Set<String> prefixes = new LinkedHashSet<>();
    regions.forEach(r -> prefixes.add(ctx.catalog().prefixForRegion(r).orElse("?" + r)));
    if (prefixes.size() > 1) {
      return ProfileHint.NONE;
    }
    return ctx.profileHint(regions.stream().findFirst());
  }

  /** Adds the regions of the .NET SDK's {@code RegionEndpoint}s in {@code text}. */
  private static void dotnetRegions(String text, Set<String> regions) {
    Matcher d = DOTNET_REGION.matcher(text);
    while (CharPairs.contains(text, "RegionEndpoint.") && d.find()) {
      if (d.group(4) != null) {
        regions.add(d.group(4));
      } else {
        String geo = d.group(1).equals("USGovCloud") ? "us-gov" : d.group(1);
        regions.add((geo + "-" + d.group(2) + "-" + d.group(3)).toLowerCase(Locale.ROOT));
      }
    }
  }

  private static String lineOf(String text, int offset) {
    return text.substring(TextScan.lineStart(text, offset), TextScan.lineEnd(text, offset));
  }
}
