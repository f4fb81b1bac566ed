package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Dated model IDs of a known model with a date no snapshot of it has ({@code
 * anthropic.claude-3-opus-20250219-v1:0}: Claude 3 Opus is 20240229): no model answers to them, so
 * the line fails whatever the target. Reported (a warning; information in comments, docs, data and
 * tests), never rewritten: which model was meant is a person's reading. So is an ID of a generation
 * with no tier ({@code claude-4-20250115}), which names no model at all.
 */
final class MisdatedIds {
  private static final Pattern DATED =
      Pattern.compile(
          "(?<![A-Za-z0-9_./-])(?:(?:us-gov|global|apac|us|eu|jp|au|ca)\\.)?(?:anthropic\\.)?"
              + "(claude-[a-z0-9-]*?[a-z0-9])-(20\\d{6})(?:-v\\d+:\\d+)?(?![A-Za-z0-9_@./-])");

  /** A generation's stem without a tier: {@code claude-4}, {@code claude-3-5}. */
  private static final Pattern TIERLESS = Pattern.compile("claude-\\d(?:-\\d)?");

  /** A tier word between hyphens, or at the end after one. */
  private static final Pattern TIER = Pattern.compile("-(?:sonnet|opus|haiku)(?=-|$)");

  /** How far after "claude-" an ID may reach. */
  private static final int ID_REACH = 80;

  private MisdatedIds() {}

  /** The findings for misdated IDs in {@code file} that no catalog match covers. */
  static List<Finding> find(SourceFile file, RuleContext ctx, List<IdMatch> known) {
    List<Finding> out = new ArrayList<>();
    for (MatchResult m : ClaudeTokens.find(file, known, DATED, 1, ID_REACH, at -> true)) {
      List<Model> family =
          ctx.catalog().models().stream()
              .filter(
                  x ->
                      x.anthropicId() != null
                          && ModelIdRule.stem(x.anthropicId()).equals(m.group(1)))
              .toList();
      if (family.isEmpty() && TIERLESS.matcher(m.group(1)).matches()) {
        tierless(file, ctx, m).ifPresent(out::add);
        continue;
      }
      boolean knownDate = family.stream().anyMatch(x -> x.anthropicId().endsWith(m.group(2)));
      // As for real IDs, only models the target replaces: a misdated Haiku is not this migration's.
      if (!family.isEmpty()
          && !knownDate
          && ctx.target().replaces().containsKey(family.get(0).key())) {
        out.add(finding(file, ctx, m, family.get(0)));
      }
    }
    return out;
  }

  /**
   * A generation with no tier ({@code claude-4-20250115}): no model has such an ID. Reported when
   * the generation holds a model the target replaces ({@code claude-4}: Sonnet 4 and Opus 4), with
   * the models it may have meant.
   */
  private static Optional<Finding> tierless(SourceFile file, RuleContext ctx, MatchResult m) {
    List<Model> meant =
        ctx.catalog().models().stream()
            .filter(x -> x.anthropicId() != null)
            .filter(x -> withoutTier(ModelIdRule.stem(x.anthropicId())).equals(m.group(1)))
            .toList();
    if (meant.stream().noneMatch(x -> ctx.target().replaces().containsKey(x.key()))) {
      return Optional.empty();
    }
    String what =
        m.group()
            + " names no model (no Sonnet, Opus or Haiku in it): "
            + String.join(
                ", ", meant.stream().map(x -> x.name() + " is " + x.anthropicId()).toList())
            + "; Bedrock rejects an ID no model answers to";
    return Optional.of(reported(file, ctx, m, what));
  }

  /** {@code claude-3-5-sonnet} and {@code claude-sonnet-4-5} without their tier word. */
  private static String withoutTier(String stem) {
    return TIER.matcher(stem).replaceFirst("");
  }

  private static Finding finding(SourceFile file, RuleContext ctx, MatchResult m, Model model) {
    String what =
        m.group()
            + " names "
            + model.name()
            + " with a date none of its snapshots has ("
            + model.anthropicId()
            + "): Bedrock rejects an ID no model answers to";
    return reported(file, ctx, m, what);
  }

  /**
   * A token that names no model, reported with the target's IDs (a warning; information in test
   * code, and the rule settles comments, docs and data), never rewritten.
   */
  static Finding reported(SourceFile file, RuleContext ctx, MatchResult m, String what) {
    Model to = ctx.targetModel();
    String fix =
        "correct the ID by hand (which model was meant is not known); for "
            + to.name()
            + ": "
            + MalformedIds.targetIds(to);
    // Test code's IDs are inputs (information); the rule settles comments, docs and data.
    Severity severity = file.isTestAt(m.start()) ? Severity.INFO : Severity.WARNING;
    return Findings.at(ModelIdRule.INFO, severity, file, m.start(), m.end(), what, fix, List.of());
  }
}
