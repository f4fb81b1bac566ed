package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * IDs of Claude 4 models written in the Claude 3 word order ({@code
 * us.anthropic.claude-4-5-sonnet-v2:0}, {@code claude-4-opus-20250514}): Claude 4 models put the
 * tier before the version ({@code claude-sonnet-4-5}), so no model answers to them. Only tokens
 * shaped like an ID (a provider or profile prefix, a date or a version suffix) are read: a bare
 * {@code claude-4-sonnet} is often an alias a project chose. Reported (a warning; information in
 * comments, docs, data and tests), never rewritten; the catalog's listed bogus IDs are its own.
 */
final class SwappedTierIds {
  private static final Pattern SWAPPED =
      Pattern.compile(
          "(?<![A-Za-z0-9_./-])((?:(?:us-gov|global|apac|us|eu|jp|au|ca)\\.)?anthropic\\.)?"
              + "(claude-(\\d)(?:-(\\d))?-(sonnet|opus|haiku))(-20\\d{6})?(-v\\d+(?::\\d+)?)?"
              + "(?![A-Za-z0-9_@./-])");

  /** How far after "claude-" a token may reach. */
  private static final int ID_REACH = 60;

  private SwappedTierIds() {}

  /** The findings for such tokens in {@code file} that no catalog match covers. */
  static List<Finding> find(SourceFile file, RuleContext ctx, List<IdMatch> known) {
    String text = file.text();
    // Claude 3 and older put the version first: that order is right there.
    IntPredicate claude4 =
        at -> {
          int digit = at + "claude-".length();
          return digit < text.length() && text.charAt(digit) >= '4' && text.charAt(digit) <= '9';
        };
    List<Finding> out = new ArrayList<>();
    for (MatchResult m : ClaudeTokens.find(file, known, SWAPPED, 2, ID_REACH, claude4)) {
      boolean idShaped = m.group(1) != null || m.group(6) != null || m.group(7) != null;
      if (idShaped) {
        meant(ctx, m).ifPresent(model -> out.add(finding(file, ctx, m, model)));
      }
    }
    return out;
  }

  /** The model the token means with its words in order, when the target replaces it. */
  private static Optional<Model> meant(RuleContext ctx, MatchResult m) {
    String version = m.group(3) + (m.group(4) != null ? "-" + m.group(4) : "");
    String stem = "claude-" + m.group(5) + "-" + version;
    return ctx.catalog().models().stream()
        .filter(x -> x.anthropicId() != null && ModelIdRule.stem(x.anthropicId()).equals(stem))
        .filter(x -> ctx.target().replaces().containsKey(x.key()))
        .findFirst();
  }

  private static Finding finding(SourceFile file, RuleContext ctx, MatchResult m, Model model) {
    String what =
        m.group()
            + " is not an ID: Claude 4 models put the tier before the version ("
            + model.name()
            + " is "
            + model.anthropicId()
            + "); Bedrock rejects an ID no model answers to";
    return MisdatedIds.reported(file, ctx, m, what);
  }
}
