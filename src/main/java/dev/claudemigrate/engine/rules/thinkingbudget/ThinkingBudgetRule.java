package dev.claudemigrate.engine.rules.thinkingbudget;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.ReportRule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.rules.thinkingbudget.ThinkingLimits.Problem;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.TextScan;
import dev.claudemigrate.engine.syntax.structure.Mapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reports extended-thinking requests Bedrock rejects (a {@code budget_tokens} literal below 1024 or
 * not below the request's literal {@code max_tokens}, thinking combined with a changed temperature,
 * {@code top_k}, a {@code top_p} below 0.95 or a forced tool choice) and, for a target whose
 * catalog entry says {@code thinkingBudget: deprecated}, every token budget: that target thinks
 * adaptively instead.
 */
public final class ThinkingBudgetRule extends ReportRule {
  static final String ID = "thinking-budget";
  private static final RuleInfo INFO = RuleDocs.info(ID, Category.BEHAVIOUR, Severity.ERROR, false);

  public ThinkingBudgetRule() {
    super(INFO, ThinkingSettings.TRIGGERS);
  }

  @Override
  protected List<Finding> find(SourceFile file, RuleContext ctx) {
    boolean interleaved = file.text().contains("interleaved-thinking");
    boolean deprecated = ctx.target().behaviour().thinkingBudgetDeprecated();
    List<Finding> out = new ArrayList<>();
    for (ThinkingSetting setting : ThinkingSettings.of(file)) {
      Mapping holder = setting.scope().isEmpty() ? null : setting.scope().get(0);
      if (OtherProviderModel.names(file, holder, setting.budget().keyStart())) {
        continue; // another provider's request (holdout17, ADR 0115)
      }
      List<Problem> problems =
          ThinkingLimits.problems(setting.budget(), setting.scope(), interleaved);
      if (!problems.isEmpty() || deprecated) {
        out.add(finding(file, ctx, setting, problems, deprecated));
      }
      if (deprecated) {
        out.addAll(sources(file, ctx, setting));
      }
    }
    out.sort(Comparator.comparingInt(f -> f.span().start()));
    return ReportRule.distinct(out);
  }

  /**
   * Information on the lines that compute a budget held in a variable (see {@link BudgetSources}):
   * with adaptive thinking they go, or become an effort setting.
   */
  private static List<Finding> sources(SourceFile file, RuleContext ctx, ThinkingSetting setting) {
    String text = file.text();
    int at = setting.budget().keyStart();
    List<Finding> out = new ArrayList<>();
    for (int line : BudgetSources.of(text, at, setting.budget().value().text())) {
      int start = TextScan.skipWhite(text, line);
      out.add(
          Findings.at(
              INFO,
              Severity.INFO,
              file,
              start,
              Math.max(start + 1, TextScan.lineEnd(text, line)),
              "extended thinking: computes the token budget of the request at line "
                  + file.lines().line(at)
                  + ", which "
                  + ctx.targetModel().name()
                  + " does not use (adaptive thinking)",
              "Remove it with the budget, or map it to the effort setting that adaptive thinking"
                  + " reads.",
              List.of()));
    }
    return out;
  }

  /**
   * One finding per request: an error listing what Bedrock rejects, or (only deprecated) a warning,
   * since the request still works but the target no longer thinks by token budget (information in
   * test code).
   */
  private static Finding finding(
      SourceFile file,
      RuleContext ctx,
      ThinkingSetting setting,
      List<Problem> problems,
      boolean deprecated) {
    List<String> what = new ArrayList<>(problems.stream().map(Problem::what).toList());
    List<String> fix = new ArrayList<>(problems.stream().map(Problem::fix).distinct().toList());
    String model = ctx.targetModel().name();
    if (deprecated) {
      what.add(
          "a thinking token budget (type enabled with "
              + setting.budget().key()
              + ") is deprecated on "
              + model
              + " in favour of adaptive thinking");
      fix.add(
          "For "
              + model
              + " ask for {\"type\": \"adaptive\"} instead of a budget ("
              + (setting.typed() ? "the SDK's adaptive thinking option" : "drop budget_tokens")
              + "); how much it thinks is then set by its effort setting (default high).");
    }
    if (!problems.isEmpty()) {
      fix.add("Or turn thinking off for this request.");
    }
    // In test code (fixtures of a settings schema, parser tests) a budget, even one Bedrock would
    // reject, is only information, as the field test showed: the test is not a request.
    Severity severity =
        file.isTest() ? Severity.INFO : !problems.isEmpty() ? Severity.ERROR : Severity.WARNING;
    var b = setting.budget();
    return Findings.at(
        INFO,
        severity,
        file,
        b.keyStart(),
        b.keyEnd(),
        "extended thinking: " + String.join("; ", what),
        String.join(" ", fix),
        List.of());
  }
}
