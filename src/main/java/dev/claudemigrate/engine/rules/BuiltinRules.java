package dev.claudemigrate.engine.rules;

import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rules.betaheader.BetaHeaderRule;
import dev.claudemigrate.engine.rules.familycheck.FamilyCheckRule;
import dev.claudemigrate.engine.rules.invokemodel.InvokeModelRule;
import dev.claudemigrate.engine.rules.modelid.ModelIdRule;
import dev.claudemigrate.engine.rules.prefill.PrefillRule;
import dev.claudemigrate.engine.rules.sampling.SamplingRule;
import dev.claudemigrate.engine.rules.stopreason.StopReasonRule;
import dev.claudemigrate.engine.rules.texteditor.TextEditorToolRule;
import dev.claudemigrate.engine.rules.thinkingbudget.ThinkingBudgetRule;
import dev.claudemigrate.engine.rules.undoedit.UndoEditRule;
import java.util.List;

/** The rules shipped with the tool, in the order their findings are reported on one line. */
public final class BuiltinRules {
  private BuiltinRules() {}

  /** A fresh list of every built-in rule. */
  public static List<Rule> all() {
    return List.of(
        new ModelIdRule(),
        new TextEditorToolRule(),
        new UndoEditRule(),
        new BetaHeaderRule(),
        new InvokeModelRule(),
        new StopReasonRule(),
        new SamplingRule(),
        new ThinkingBudgetRule(),
        new PrefillRule(),
        new FamilyCheckRule());
  }
}
