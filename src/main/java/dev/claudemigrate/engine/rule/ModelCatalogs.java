package dev.claudemigrate.engine.rule;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.LastAnswer;
import dev.claudemigrate.engine.syntax.Listings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model catalogs of a file: structures that name {@link #MANY} or more distinct models (a
 * settings table with one record per model, a provider registry or enum, a price list, a
 * leaderboard). An entry describes its model, it does not choose it: rewriting an entry of a 3.7
 * Sonnet record to the target's ID, or dropping a beta from its headers, corrupts the catalog. The
 * models counted are Claude's, by catalog key, and other providers' by their ID: a Bedrock
 * adapter's enum of every platform model is a catalog even where it names only four Claude models.
 * So a finding in a catalog is reported (info) and never rewritten. Every rule that rewrites
 * model-bound values asks here.
 */
public final class ModelCatalogs {
  /** Distinct models (catalog keys) that make a structure a catalog. */
  public static final int MANY = 6;

  private final SourceFile file;
  private final List<Listings.Mention> mentions;

  private ModelCatalogs(SourceFile file, List<Listings.Mention> mentions) {
    this.file = file;
    this.mentions = mentions;
  }

  /**
   * Model IDs of other providers and of Claude models the catalog does not know (Claude 2,
   * Instant): a registry that lists every model of a platform names them beside the Claude entries.
   * Bedrock provider IDs (always with a hyphen: {@code meta.llama3-8b-instruct-v1:0}, never a
   * module call such as {@code cohere.embed}), with or without a geography prefix, and the common
   * API names.
   */
  static final Pattern OTHER_MODEL =
      Pattern.compile(
          "(?<![\\w.-])(?:(?:(?:us|eu|apac|global|jp|au|ca|us-gov)\\.)?"
              + "(?:amazon|anthropic|ai21|cohere|meta|mistral|stability|deepseek|writer|luma|qwen"
              + "|twelvelabs)\\.[a-z0-9.]*-[a-z0-9.-]*[a-z0-9](?::\\d+)?"
              + "|(?:gpt-\\d|gemini-\\d|claude-|llama-?\\d|mistral-|command-r|deepseek-|grok-)"
              + "[\\w.-]*[a-z0-9])");

  /**
   * Every match of {@link #OTHER_MODEL} starts where one of these starts (a geography prefix, a
   * provider with its dot, or an API name's fixed head), indexed by first character. The regex
   * alone tries its twenty alternatives at every offset of the file, and the model-id rule asks
   * once per model ID it finds: that was most of the rule's time on the benchmark tree
   * (docs/adr/0091).
   */
  private static final String[][] HEADS;

  /**
   * The first two characters of each head ({@code c << 7 | d}): most characters of a text start a
   * word with a head's first letter, and few with its first two.
   */
  private static final boolean[] HEAD_PAIRS = new boolean[128 * 128];

  static {
    HEADS = heads();
  }

  private static String[][] heads() {
    List<String> all =
        List.of(
            "us.",
            "eu.",
            "apac.",
            "global.",
            "jp.",
            "au.",
            "ca.",
            "us-gov.",
            "amazon.",
            "anthropic.",
            "ai21.",
            "cohere.",
            "meta.",
            "mistral",
            "stability.",
            "deepseek",
            "writer.",
            "luma.",
            "qwen.",
            "twelvelabs.",
            "gpt-",
            "gemini-",
            "claude-",
            "llama",
            "command-r",
            "grok-");
    String[][] byFirst = new String[128][];
    for (String head : all) {
      HEAD_PAIRS[head.charAt(0) << 7 | head.charAt(1)] = true;
      String[] old = byFirst[head.charAt(0)];
      String[] grown = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = head;
      byFirst[head.charAt(0)] = grown;
    }
    return byFirst;
  }

  /** Each ID of a file asks with the same list, and building the catalogs reads the whole text. */
  private static final LastAnswer<ModelCatalogs> LAST = new LastAnswer<>();

  /** The catalogs of {@code file}, from the model IDs found in it. */
  public static ModelCatalogs of(SourceFile file, List<IdMatch> ids) {
    return LAST.get(file, ids, ModelCatalogs::build);
  }

  private static ModelCatalogs build(SourceFile file, List<IdMatch> ids) {
    List<Listings.Mention> mentions = new ArrayList<>();
    ids.forEach(m -> mentions.add(new Listings.Mention(m.start(), m.model().key())));
    for (Listings.Mention other : otherModels(file.text())) {
      int at = other.start();
      int end = at + other.name().length();
      if (ids.stream().noneMatch(m -> m.start() < end && at < m.end())) {
        mentions.add(new Listings.Mention(at, other.name().toLowerCase(Locale.ROOT)));
      }
    }
    mentions.sort(Comparator.comparingInt(Listings.Mention::start));
    return new ModelCatalogs(file, mentions);
  }

  /**
   * The matches of {@link #OTHER_MODEL} in {@code text}, as its {@code find()} loop gives them
   * (start and matched text), but tried only where a head starts: with the text before the start
   * visible to the look-behind, and from a match's end on.
   */
  static List<Listings.Mention> otherModels(String text) {
    List<Listings.Mention> found = new ArrayList<>();
    Matcher o = OTHER_MODEL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    char d = n > 0 ? text.charAt(0) : 0; // the next character, read once for two pairs
    for (int at = 0; at < n; at++) {
      char c = d;
      d = at + 1 < n ? text.charAt(at + 1) : 0;
      if (c < HEADS.length && d < 128 && HEAD_PAIRS[c << 7 | d] && startsHead(text, at, HEADS[c])) {
        o.region(at, n);
        if (o.lookingAt()) {
          found.add(new Listings.Mention(at, o.group()));
          at = o.end() - 1;
          d = at + 1 < n ? text.charAt(at + 1) : 0;
        }
      }
    }
    return found;
  }

  private static boolean startsHead(String text, int at, String[] heads) {
    for (String head : heads) {
      if (text.startsWith(head, at)) {
        return true;
      }
    }
    return false;
  }

  /** The catalogs of {@code file}, finding its model IDs first. */
  public static ModelCatalogs of(SourceFile file, RuleContext ctx) {
    return of(file, ctx.catalog().findIds(file.text()));
  }

  /**
   * How many distinct models are named in {@code [from, to)}: Claude models by catalog key, other
   * names (other providers, Claude names the catalog does not know, such as an undated {@code
   * claude-opus-4-5}) by their text.
   */
  public long distinctModels(int from, int to) {
    return mentions.stream()
        .filter(x -> x.start() >= from && x.start() < to)
        .map(Listings.Mention::name)
        .distinct()
        .count();
  }

  /** Whether {@code offset} stands in a catalog of models. */
  public boolean contains(int offset) {
    return Listings.inListing(file, new Listings.Mention(offset, ""), mentions, MANY);
  }

  /**
   * The findings with those that would edit inside a catalog turned into reports: info, without
   * edits. Files that name fewer than {@link #MANY} models are returned as they are, unread.
   */
  public static List<Finding> settle(SourceFile file, RuleContext ctx, List<Finding> findings) {
    if (findings.stream().noneMatch(Finding::fixable)) {
      return findings;
    }
    ModelCatalogs catalogs = of(file, ctx);
    if (catalogs.mentions.stream().map(Listings.Mention::name).distinct().count() < MANY) {
      return findings;
    }
    return findings.stream()
        .map(
            f ->
                f.fixable() && catalogs.contains(f.span().start())
                    ? f.withSeverity(Severity.INFO)
                        .withoutEdits(
                            f.fix() + " (in a catalog of many models: reported, never rewritten)")
                    : f)
        .toList();
  }
}
