package dev.claudemigrate.engine.rules.betaheader;

import dev.claudemigrate.catalog.BetaFlag;
import dev.claudemigrate.catalog.ToolVersion;
import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rewrite.ListValues;
import dev.claudemigrate.engine.rewrite.Removals;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.Placement;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.rule.SdkTypeNames;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Moves beta values and computer-use tool versions to Claude 4: {@code computer-use-2024-10-22}
 * becomes {@code computer-use-2025-01-24} where computer or bash tools remain (else it goes), the
 * 3.7-only betas go, and {@code computer_20241022}/{@code bash_20241022} become their 20250124
 * versions.
 */
public final class BetaHeaderRule implements Rule {
  static final RuleInfo INFO = RuleDocs.info("beta-header", Category.BETA, Severity.WARNING, true);
  private static final Pattern COMPUTER_OR_BASH =
      Pattern.compile("(?<![A-Za-z0-9_])(?:computer|bash)_\\d{8}(?![0-9])");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<String> triggers(RuleContext ctx) {
    List<String> out = new ArrayList<>();
    ctx.catalog().betas().stream()
        .filter(b -> !"new".equals(b.action()))
        .forEach(b -> out.add(b.value()));
    for (ToolVersion v : legacyTools(ctx)) {
      out.add(v.type());
      out.add(SdkTypeNames.trigger(v));
    }
    return out;
  }

  private static List<ToolVersion> legacyTools(RuleContext ctx) {
    return ctx.catalog().tools().stream()
        .filter(v -> v.legacy() && !v.family().equals("text_editor"))
        .toList();
  }

  @Override
  public List<Finding> check(SourceFile file, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ToolVersion v : legacyTools(ctx)) {
      for (int at : TextScan.occurrences(file, v.type())) {
        out.add(Placement.settle(toolFinding(file, v, at), ctx));
      }
    }
    legacyTools(ctx).stream()
        .map(ToolVersion::family)
        .distinct()
        .forEach(
            family ->
                out.addAll(
                    SdkTypeNames.find(
                        file,
                        ctx,
                        INFO,
                        family,
                        legacy -> ctx.catalog().tool(legacy.successor()).orElseThrow())));
    out.addAll(betaFindings(file, ctx));
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  private static Finding toolFinding(SourceFile file, ToolVersion v, int at) {
    int end = at + v.type().length();
    String message =
        v.family()
            + " tool type "
            + v.type()
            + " is the Claude 3.5 Sonnet v2 version; Claude 4 uses "
            + v.successor()
            + " (with the computer-use-2025-01-24 beta)";
    if (file.contextAt(at) == Context.CODE) {
      return Findings.at(
          INFO,
          Severity.ERROR,
          file,
          at,
          end,
          message,
          "an identifier: change it by hand",
          List.of());
    }
    return Findings.at(
        INFO,
        Severity.ERROR,
        file,
        at,
        end,
        message,
        "replace with " + v.successor(),
        List.of(new Edit(at, end, v.successor())));
  }

  private List<Finding> betaFindings(SourceFile file, RuleContext ctx) {
    boolean toolsRemain = COMPUTER_OR_BASH.matcher(file.text()).find();
    Map<Integer, BetaFlag> removals = new LinkedHashMap<>();
    List<Finding> out = new ArrayList<>();
    for (BetaFlag b : ctx.catalog().betas()) {
      if ("new".equals(b.action())) {
        continue;
      }
      for (int at : TextScan.occurrences(file, b.value())) {
        if (BetaEnumerations.isTypeOfAllBetas(file.text(), at)) {
          continue;
        }
        if ("replace".equals(b.action()) && toolsRemain) {
          out.add(Placement.settle(replacement(file, b, at), ctx));
        } else if (editable(file, at)) {
          removals.put(at, b);
        } else {
          out.add(Placement.settle(removal(file, b, at, List.of(), "remove it by hand"), ctx));
        }
      }
    }
    Map<Integer, BiFunction<String, Integer, List<Edit>>> removers = new LinkedHashMap<>();
    removals.forEach(
        (at, b) ->
            removers.put(
                at, (text, place) -> ListValues.remove(text, place, place + b.value().length())));
    Removals.plan(file.text(), removers)
        .forEach(
            (at, planned) ->
                out.add(
                    Placement.settle(
                        removal(
                            file,
                            removals.get(at),
                            at,
                            planned.edits(),
                            Removals.whyNone(file, planned, ListValues.whyNot())),
                        ctx)));
    return out;
  }

  /**
   * Removals are edited in code strings and config values; in comments and code they are reported.
   */
  private static boolean editable(SourceFile file, int at) {
    Context c = file.contextAt(at);
    return c != Context.COMMENT && c != Context.CODE;
  }

  private static Finding replacement(SourceFile file, BetaFlag b, int at) {
    int end = at + b.value().length();
    return Findings.at(
        INFO,
        file,
        at,
        end,
        "beta "
            + b.value()
            + " is the Claude 3.5 Sonnet v2 computer-use beta; computer or bash tools remain in this file",
        "replace with " + b.replacement(),
        List.of(new Edit(at, end, b.replacement())));
  }

  private static Finding removal(
      SourceFile file, BetaFlag b, int at, List<Edit> edits, String whyNot) {
    String message =
        "replace".equals(b.action())
            ? "beta "
                + b.value()
                + " served only the text editor here (no computer or bash tool in this file); Claude 4 needs no beta for it"
            : "beta " + b.value() + ": " + b.note();
    String fix =
        whyNot != null ? "remove " + b.value() + " (" + whyNot + ")" : "remove " + b.value();
    return Findings.at(INFO, file, at, at + b.value().length(), message, fix, edits);
  }
}
