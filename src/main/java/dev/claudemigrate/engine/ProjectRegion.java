package dev.claudemigrate.engine;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.Languages;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an AWS region a file states explicitly: {@code AWS_REGION=eu-west-1} (also {@code
 * AWS_DEFAULT_REGION}, {@code export}, YAML {@code env:} lists), a {@code region} key in YAML,
 * properties, .env or Terraform ({@code region = "us-east-1"}), and in code a region literal passed
 * to a region setting ({@code region_name="us-east-1"}, {@code region: 'us-west-2'}, {@code
 * Region.of("eu-central-1")}, {@code WithRegion("us-east-1")}) or an SDK constant ({@code
 * Region.US_EAST_1}). Lines that are comments are skipped. Stateless.
 *
 * <p>Which files count: configuration files, and code a rule reads anyway, as they come (the first
 * in path order fixes the project's region); and code that builds a Bedrock client without any rule
 * reading it ({@code BedrockRuntimeClient.builder().region(Region.AP_NORTHEAST_1)} in a
 * configuration class, the model ID being in {@code application.yml}), which decides only when no
 * file of the first kind states a region and all such files agree on the geography.
 */
public final class ProjectRegion {
  /** A real AWS region name shape, so that placeholders and other words never count. */
  private static final String REGION =
      "((?:us|eu|ap|sa|ca|me|af|il|mx)(?:-gov|-iso|-isob)?-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-[1-9])\\b";

  private static final Pattern ENV =
      Pattern.compile(
          "(?m)^[ \\t]*(?:export[ \\t]+|ENV[ \\t]+|-[ \\t]+)?[\"']?(?:AWS_REGION|AWS_DEFAULT_REGION|CDK_DEFAULT_REGION)[\"']?[ \\t]*[=:][ \\t]*[\"']?"
              + REGION);
  private static final Pattern KEY =
      Pattern.compile(
          "(?mi)^[ \\t]*(?:-[ \\t]+)?[\"']?(?:aws[._-]?)?region[\"']?[ \\t]*[=:][ \\t]*[\"']?"
              + REGION
              + "[\"']?[ \\t]*(?:[#,].*)?$");
  private static final Pattern CODE =
      Pattern.compile(
          "(?:[Rr]egion(?:_name|Name)?[\"']?\\s*[=:(]\\s*|Region\\.of\\(\\s*)[\"'`]"
              + REGION
              + "[\"'`]");
  private static final Pattern SDK_CONSTANT =
      Pattern.compile("\\bRegions?\\.((?:US|EU|AP|SA|CA|ME|AF|IL|MX)(?:_GOV)?_[A-Z]+_[1-9])\\b");
  private static final Pattern REGION_ONLY = Pattern.compile(REGION);
  private static final Pattern BEDROCK = Pattern.compile("(?i)bedrock");

  private ProjectRegion() {}

  /**
   * Whether files of this language are searched for a region even when no rule triggered on them.
   */
  static boolean isConfig(Language language) {
    return language.isConfig() || language == Language.TEXT;
  }

  /**
   * Whether a file of this language that no rule triggered on is searched for a region:
   * configuration, and code (where only a file that names Bedrock counts, see {@link #probe}).
   */
  static boolean isSearched(Language language) {
    return isConfig(language) || language.isCode() || language == Language.OTHER_CODE;
  }

  /**
   * The region a file states, as the scan's probe sees it: a file no rule triggered on counts only
   * when it is configuration or code that names Bedrock (a client built there).
   */
  static Optional<String> probe(Language language, String text, boolean ruleHit) {
    if (!ruleHit && !isConfig(language) && !namesBedrock(text)) {
      return Optional.empty();
    }
    return find(language, text);
  }

  /**
   * The project's region from the probes in path order: the first region a configuration file or a
   * file a rule read states, as before; else the region Bedrock client code states, when every such
   * file states one of the same geography (several geographies decide nothing: a person chooses,
   * and base IDs are reported).
   */
  static Optional<String> of(FileScan.Probe[] probes, Catalog catalog) {
    Optional<String> client = Optional.empty();
    Set<String> geographies = new LinkedHashSet<>();
    for (FileScan.Probe p : probes) {
      if (p.region().isEmpty()) {
        continue;
      }
      if (p.hit().anyRule() || isConfig(p.file().language())) {
        return p.region();
      }
      if (Languages.isTest(Languages.underRoot(p.file().absolutePath(), p.file().path()))) {
        continue; // a test's client is a fixture, not where the project runs
      }
      String r = p.region().get();
      client = client.or(p::region);
      geographies.add(catalog.prefixForRegion(r).orElse("?" + r));
    }
    return geographies.size() == 1 ? client : Optional.empty();
  }

  private static boolean namesBedrock(String text) {
    return BEDROCK.matcher(text).find();
  }

  /** The first explicit region in {@code text} (an ASCII view of the file's bytes is enough). */
  public static Optional<String> find(Language language, String text) {
    List<Pattern> patterns =
        isConfig(language) ? List.of(ENV, KEY) : List.of(ENV, CODE, SDK_CONSTANT);
    int best = Integer.MAX_VALUE;
    String region = null;
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (!onCommentLine(text, m.start())) {
          String r = normalise(m.group(1));
          if (r != null && m.start() < best) {
            best = m.start();
            region = r;
          }
          break;
        }
      }
    }
    return Optional.ofNullable(region);
  }

  /** {@code US_EAST_1} to {@code us-east-1}; null when the result is not a region name. */
  private static String normalise(String found) {
    String r = found.toLowerCase(Locale.ROOT).replace('_', '-');
    return REGION_ONLY.matcher(r).matches() ? r : null;
  }

  private static boolean onCommentLine(String text, int at) {
    int i = text.lastIndexOf('\n', at - 1) + 1;
    while (i < at && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.startsWith("#", i)
        || text.startsWith("//", i)
        || text.startsWith("--", i)
        || text.startsWith("*", i);
  }
}
