package dev.claudemigrate.engine.rules.familycheck;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.Target;
import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.NotebookCode;
import dev.claudemigrate.engine.rule.ReportRule;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reports a substring or prefix test on a model ID whose literal names a generation the target
 * replaces ({@code "claude-3" in model_id}, {@code id.startsWith("anthropic.claude-3-5")}): the
 * target's ID fails it, so after migration the code silently takes the other branch. Which
 * fragments count is catalog data ({@link FamilyFragments}); where a test sits is {@link
 * ContainmentTests} and {@link Conditions}. Report only: what the branch selects is a person's
 * call.
 */
public final class FamilyCheckRule implements Rule {
  static final String ID = "model-family-check";
  private static final RuleInfo INFO =
      RuleDocs.info(ID, Category.BEHAVIOUR, Severity.WARNING, false);

  /** The fragments of the last catalog and target asked for: one per run, built once. */
  private final AtomicReference<Memo> memo = new AtomicReference<>();

  private record Memo(Catalog catalog, Target target, FamilyFragments fragments) {}

  private FamilyFragments fragments(RuleContext ctx) {
    Memo m = memo.get();
    if (m == null || m.catalog() != ctx.catalog() || m.target() != ctx.target()) {
      m = new Memo(ctx.catalog(), ctx.target(), new FamilyFragments(ctx.catalog(), ctx.target()));
      memo.set(m);
    }
    return m.fragments();
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<String> triggers(RuleContext ctx) {
    return fragments(ctx).triggers();
  }

  @Override
  public List<Finding> check(SourceFile file, RuleContext ctx) {
    FamilyFragments fragments = fragments(ctx);
    if (!Rule.mentionsAny(file.text(), fragments.triggers())) {
      return Rule.none();
    }
    if (file.language() == Language.NOTEBOOK) {
      return NotebookCode.check(file, INFO, code -> find(code, fragments));
    }
    return find(file, fragments);
  }

  private static List<Finding> find(SourceFile file, FamilyFragments fragments) {
    if (!ContainmentTests.nearTrigger(file.text(), fragments.triggers())) {
      return Rule.none();
    }
    List<ContainmentTests.Test> tests = ContainmentTests.in(file);
    if (Conditions.testsTargetGeneration(tests, fragments)) {
      return Rule.none();
    }
    Model target = fragments.targetModel();
    List<Finding> out = new ArrayList<>();
    for (ContainmentTests.Test t : tests) {
      Optional<List<Model>> named = fragments.judge(t.fragment());
      if (named.isEmpty()
          || ReportRule.inProse(file, t.start())
          || Conditions.targetPassesSibling(file, t, tests, fragments)
          || Conditions.guardsByThrowing(file, t)
          || Conditions.inListing(t)) {
        continue;
      }
      Severity severity = file.isTestAt(t.start()) ? Severity.INFO : INFO.severity();
      out.add(
          Findings.at(
              INFO,
              severity,
              file,
              t.start(),
              t.end(),
              "this check on the model ID does not match "
                  + target.bedrockId()
                  + ": the branch for "
                  + Generations.of(named.get())
                  + " is skipped after migration; check what the condition selects",
              "Make the condition match "
                  + target.name()
                  + " too (or test for what the branch needs instead of the model name), or "
                  + "confirm that the other branch is right for it.",
              List.of()));
    }
    return ReportRule.distinct(out);
  }
}
