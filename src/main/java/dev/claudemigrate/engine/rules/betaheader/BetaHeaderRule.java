package dev.claudemigrate.engine.rules.betaheader;

import dev.claudemigrate.catalog.BetaAction;
import dev.claudemigrate.catalog.BetaFlag;
import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.catalog.ToolVersion;
import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rewrite.ListValues;
import dev.claudemigrate.engine.rewrite.Removals;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.ModelCatalogs;
import dev.claudemigrate.engine.rule.Placement;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.rule.SdkTypeNames;
import dev.claudemigrate.engine.rule.ToolVersionSets;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.HeadedPattern;
import dev.claudemigrate.engine.syntax.LastAnswer;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Moves beta values and computer-use tool versions to the target, from the catalog: a computer or
 * bash tool version the target model does not accept becomes the target's version (for Sonnet 4 and
 * 4.5 {@code computer_20250124}, for Sonnet 4.6 {@code computer_20251124}); a beta the target
 * replaces becomes the beta of the target's computer tool where computer or bash tools remain (else
 * it goes); betas the target does without go.
 */
public final class BetaHeaderRule implements Rule {
  static final RuleInfo INFO = RuleDocs.info("beta-header", Category.BETA, Severity.WARNING, true);
  private static final List<ToolFamily> FAMILIES = List.of(ToolFamily.COMPUTER, ToolFamily.BASH);
  private static final HeadedPattern COMPUTER_OR_BASH =
      HeadedPattern.of("(?<![A-Za-z0-9_])(?:computer|bash)_\\d{8}(?![0-9])", "computer_", "bash_");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<String> triggers(RuleContext ctx) {
    List<String> out = new ArrayList<>(betasActedOn(ctx).keySet());
    for (ToolVersion v : replacedTools(ctx).keySet()) {
      out.add(v.type());
      out.addAll(SdkTypeNames.triggers(v));
    }
    return out;
  }

  // What the catalog and the run's target decide, asked for every file: computed once a run (a run
  // has one context) rather than once a file.
  private static final LastAnswer<Map<ToolVersion, ToolVersion>> REPLACED = new LastAnswer<>();
  private static final LastAnswer<Map<String, BetaFlag>> ACTED_ON = new LastAnswer<>();

  /** Computer and bash versions the target does not accept, each with the target's version. */
  private static Map<ToolVersion, ToolVersion> replacedTools(RuleContext ctx) {
    return REPLACED.get(
        ctx,
        null,
        (c, none) -> {
          Map<ToolVersion, ToolVersion> out = new LinkedHashMap<>();
          for (ToolFamily f : FAMILIES) {
            out.putAll(c.catalog().toolsToReplace(c.target(), f));
          }
          return Collections.unmodifiableMap(out);
        });
  }

  /**
   * The beta values the target replaces or removes, with the catalog entry (or one built from the
   * target's action when the betas table does not list the value).
   */
  private static Map<String, BetaFlag> betasActedOn(RuleContext ctx) {
    return ACTED_ON.get(ctx, null, (c, none) -> Collections.unmodifiableMap(betas(c)));
  }

  private static Map<String, BetaFlag> betas(RuleContext ctx) {
    Map<String, BetaFlag> out = new LinkedHashMap<>();
    List<String> values = new ArrayList<>();
    ctx.catalog().betas().forEach(b -> values.add(b.value()));
    values.addAll(ctx.target().behaviour().betas().keySet());
    for (String value : values) {
      BetaAction action = ctx.catalog().betaAction(ctx.target(), value);
      BetaFlag known = ctx.catalog().beta(value).orElse(null);
      if (!action.acts() || out.containsKey(value)) {
        continue;
      }
      String replacement =
          action == BetaAction.REPLACE
              ? Optional.ofNullable(known)
                  .map(BetaFlag::replacement)
                  .or(() -> computerBeta(ctx))
                  .orElse(null)
              : null;
      if (action == BetaAction.REPLACE && (replacement == null || replacement.equals(value))) {
        continue;
      }
      out.put(
          value,
          new BetaFlag(
              value,
              action,
              replacement,
              known == null ? "not used by " + target(ctx) : known.note()));
    }
    return out;
  }

  private static Optional<String> computerBeta(RuleContext ctx) {
    return ctx.catalog().targetTool(ctx.target(), ToolFamily.COMPUTER).map(ToolVersion::beta);
  }

  private static String target(RuleContext ctx) {
    return ctx.targetModel().name();
  }

  @Override
  public List<Finding> check(SourceFile file, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    Map<ToolVersion, ToolVersion> replaced = replacedTools(ctx);
    replaced.forEach(
        (v, to) -> {
          for (int at : TextScan.occurrences(file, v.type())) {
            out.add(Placement.settle(toolFinding(file, v, to, target(ctx), at), ctx));
          }
        });
    for (ToolFamily f : FAMILIES) {
      out.addAll(SdkTypeNames.find(file, ctx, INFO, f, replaced));
    }
    out.addAll(betaFindings(file, ctx));
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return ToolVersionSets.settle(file, ctx, FAMILIES, ModelCatalogs.settle(file, ctx, out));
  }

  private static Finding toolFinding(
      SourceFile file, ToolVersion v, ToolVersion to, String target, int at) {
    int end = at + v.type().length();
    String message =
        v.family().id()
            + " tool type "
            + v.type()
            + " is not accepted by "
            + target
            + "; it uses "
            + to.type()
            + (to.beta() == null ? "" : " (with the " + to.beta() + " beta)");
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
        "replace with " + to.type(),
        List.of(new Edit(at, end, to.type())));
  }

  private List<Finding> betaFindings(SourceFile file, RuleContext ctx) {
    boolean inFile = COMPUTER_OR_BASH.foundIn(file.text());
    boolean toolsRemain = inFile || ctx.computerOrBashInProject();
    Map<Integer, BetaFlag> removals = new LinkedHashMap<>();
    List<Finding> out = new ArrayList<>();
    for (BetaFlag b : betasActedOn(ctx).values()) {
      for (int at : TextScan.occurrences(file, b.value())) {
        if (BetaEnumerations.isTypeOfAllBetas(file.text(), at)
            || BetaEnumerations.isEnumOfBetas(file.text(), at)) {
          continue;
        }
        if (b.action() == BetaAction.REPLACE && toolsRemain) {
          out.add(Placement.settle(replacement(file, b, at, target(ctx), inFile), ctx));
        } else if (editable(file, at)) {
          removals.put(at, b);
        } else {
          out.add(
              Placement.settle(
                  removal(file, b, target(ctx), at, List.of(), "remove it by hand"), ctx));
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
                            target(ctx),
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

  private static Finding replacement(
      SourceFile file, BetaFlag b, int at, String target, boolean inFile) {
    int end = at + b.value().length();
    return Findings.at(
        INFO,
        file,
        at,
        end,
        "beta "
            + b.value()
            + " is not the computer-use beta of "
            + target
            + "; computer or bash tools remain in this "
            + (inFile ? "file" : "project"),
        "replace with " + b.replacement(),
        List.of(new Edit(at, end, b.replacement())));
  }

  private static Finding removal(
      SourceFile file, BetaFlag b, String target, int at, List<Edit> edits, String whyNot) {
    String message =
        b.action() == BetaAction.REPLACE
            ? "beta "
                + b.value()
                + " served only the text editor here (no computer or bash tool in this file); "
                + target
                + " needs no beta for it"
            : "beta " + b.value() + ": " + b.note();
    String fix =
        whyNot != null ? "remove " + b.value() + " (" + whyNot + ")" : "remove " + b.value();
    return Findings.at(INFO, file, at, at + b.value().length(), message, fix, edits);
  }
}
