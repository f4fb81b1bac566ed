package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated model IDs of a known model with a date no snapshot of it has ({@code
 * anthropic.claude-3-opus-20250219-v1:0}: Claude 3 Opus is 20240229): no model answers to them, so
 * the line fails whatever the target. Reported (a warning; information in comments, docs, data and
 * tests), never rewritten: which model was meant is a person's reading.
 */
final class MisdatedIds {
  private static final Pattern DATED =
      Pattern.compile(
          "(?<![A-Za-z0-9_./-])(?:(?:us-gov|global|apac|us|eu|jp|au|ca)\\.)?(?:anthropic\\.)?"
              + "(claude-[a-z0-9-]*?[a-z0-9])-(20\\d{6})(?:-v\\d+:\\d+)?(?![A-Za-z0-9_@./-])");

  /** How far before "claude-" a match may start ({@code us-gov.anthropic.}) and may reach. */
  private static final int PREFIX_REACH = 17;

  private static final int ID_REACH = 80;

  private MisdatedIds() {}

  /** The findings for misdated IDs in {@code file} that no catalog match covers. */
  static List<Finding> find(SourceFile file, RuleContext ctx, List<IdMatch> known) {
    List<Finding> out = new ArrayList<>();
    String text = file.text();
    Matcher m = DATED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    // The pattern is tried only around each "claude-": a regex that opens with a lookbehind and
    // optional prefixes would be tried at every character of every candidate file.
    for (int at = text.indexOf("claude-"); at >= 0; at = text.indexOf("claude-", at + 1)) {
      m.region(Math.max(0, at - PREFIX_REACH), Math.min(text.length(), at + ID_REACH));
      boolean found = false;
      while (!found && m.find() && m.start(1) <= at) {
        found = m.start(1) == at;
      }
      if (!found) {
        continue;
      }
      int start = m.start();
      if (known.stream().anyMatch(k -> k.start() < m.end() && start < k.end())
          || file.contextAt(start) == Context.NOTEBOOK_OUTPUT) {
        continue;
      }
      List<Model> family =
          ctx.catalog().models().stream()
              .filter(
                  x ->
                      x.anthropicId() != null
                          && ModelIdRule.stem(x.anthropicId()).equals(m.group(1)))
              .toList();
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

  private static Finding finding(SourceFile file, RuleContext ctx, Matcher m, Model model) {
    Model to = ctx.targetModel();
    String what =
        m.group()
            + " names "
            + model.name()
            + " with a date none of its snapshots has ("
            + model.anthropicId()
            + "): Bedrock rejects an ID no model answers to";
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
