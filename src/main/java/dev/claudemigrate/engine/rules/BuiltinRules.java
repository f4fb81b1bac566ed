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

  /**
   * Starts setting up the rules' classes (their documentation, patterns and built-in tables) on a
   * background thread, so that it overlaps the command-line parsing on a core that is otherwise
   * half idle then; a later {@link #all()} waits for a class still being set up rather than doing
   * the work twice. Only the process entry point calls this (docs/adr/0124).
   */
  public static void preload() {
    Thread t = new Thread(BuiltinRules::all, "rules-preload");
    t.setDaemon(true);
    t.start();
  }

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
