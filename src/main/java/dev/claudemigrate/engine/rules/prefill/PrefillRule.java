package dev.claudemigrate.engine.rules.prefill;

import dev.claudemigrate.catalog.Level;
import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.requests.Constants;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.ReportRule;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.structure.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports a request whose last message is an assistant turn (prefill) for a target whose catalog
 * entry says {@code prefill: error} (or another level); silent for a target that accepts prefill.
 * Only requests the migration sends to the target are judged: a request whose own model (see {@link
 * RequestModel}) is neither the target nor a model the target replaces keeps its model, and that
 * model's rules (a Haiku request that prefills is not broken by a Sonnet migration). A request that
 * shows no model is judged. Report only: what the prefill did has to move into the instructions,
 * which only a person can word.
 */
public final class PrefillRule extends ReportRule {
  static final String ID = "prefill";
  private static final RuleInfo INFO = RuleDocs.info(ID, Category.BEHAVIOUR, Severity.ERROR, false);

  public PrefillRule() {
    super(INFO, List.of("assistant", "Assistant", "ASSISTANT"));
  }

  @Override
  protected List<Finding> find(SourceFile file, RuleContext ctx) {
    Optional<Level> level = ctx.target().behaviour().prefill();
    if (level.isEmpty() || !ReportRule.mentionsClaude(file)) {
      return Rule.none();
    }
    String model = ctx.targetModel().name();
    Constants constants = new Constants(file);
    List<Finding> out = new ArrayList<>();
    for (Prefills.Prefill p : Prefills.of(file)) {
      Member role = p.role();
      if (!ReportRule.inProse(file, role.keyStart()) && movesToTarget(file, p, ctx, constants)) {
        out.add(
            Findings.at(
                INFO,
                Severity.of(level.get()),
                file,
                role.keyStart(),
                Math.min(role.end(), file.text().length()),
                "the request's last message is an assistant turn (prefill): "
                    + model
                    + " rejects such a request with HTTP 400",
                "Drop the final assistant turn and move what it did into the instructions: say in "
                    + "the system prompt or the last user message how the answer must begin or what "
                    + "format it takes (or use a tool for a fixed format).",
                List.of()));
      }
    }
    return ReportRule.distinct(out);
  }

  /** Whether the request's own model is the target or one it replaces, or no model shows. */
  private static boolean movesToTarget(
      SourceFile file, Prefills.Prefill p, RuleContext ctx, Constants constants) {
    return RequestModel.of(file, p.request(), ctx.catalog(), constants)
        .map(
            m ->
                m.key().equals(ctx.target().modelKey())
                    || ctx.target().replaces().containsKey(m.key()))
        .orElse(true);
  }
}
