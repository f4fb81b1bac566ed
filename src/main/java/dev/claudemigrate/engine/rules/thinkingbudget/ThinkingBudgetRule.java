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
import java.util.ArrayList;
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
      List<Problem> problems =
          ThinkingLimits.problems(setting.budget(), setting.scope(), interleaved);
      if (!problems.isEmpty() || deprecated) {
        out.add(finding(file, ctx, setting, problems, deprecated));
      }
    }
    return ReportRule.distinct(out);
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
    // A budget that still works is advice for live code; in test code (fixtures of a settings
    // schema,
    // parser tests) it is only information, as the field test showed.
    Severity severity =
        !problems.isEmpty() ? Severity.ERROR : file.isTest() ? Severity.INFO : Severity.WARNING;
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
