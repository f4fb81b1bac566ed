package dev.claudemigrate.engine.rules;

import java.util.List;

/** The rules shipped with the tool, in the order their findings are reported on one line. */
public final class BuiltinRules {
  private BuiltinRules() {}

  /** A fresh list of every built-in rule. */
  public static List<Rule> all() {
    return List.of(
        new ModelIdRule(), new TextEditorToolRule(), new UndoEditRule(), new BetaHeaderRule(),
        new InvokeModelRule(), new StopReasonRule(), new SamplingRule(), new ThinkingBudgetRule());
  }
}
