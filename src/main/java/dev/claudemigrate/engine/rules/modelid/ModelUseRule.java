package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.Placement;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every use of a known Claude model, whatever the target: model IDs in any form, and SDK and
 * library model constants mapped to the model they spell. It serves {@code migrate doctor DIR},
 * which asks the region about each model a project uses, including the live ones the target does
 * not replace; it is not a built-in rule (scan and apply never run it). One INFO finding per use,
 * under model-id's info; {@link #modelOf} names the model of a finding's matched text.
 *
 * <p>Not uses: a bogus ID (no such model), notebook output, lifecycle tables and deprecation maps,
 * which name old models on purpose.
 */
public final class ModelUseRule implements Rule {

  @Override
  public RuleInfo info() {
    return ModelIdRule.INFO;
  }

  @Override
  public List<String> triggers(RuleContext ctx) {
    Set<String> out = new LinkedHashSet<>();
    Catalog catalog = ctx.catalog();
    for (Catalog.KnownId id : catalog.knownIds()) {
      if (!id.bogus()) {
        out.add(ModelIdRule.stem(id.text()));
      }
    }
    out.addAll(SdkModelConstants.TRIGGERS);
    out.addAll(LibraryModelConstants.triggers());
    return List.copyOf(out);
  }

  @Override
  public List<Finding> check(SourceFile file, RuleContext ctx) {
    Catalog catalog = ctx.catalog();
    List<IdMatch> matches = catalog.findIds(file.text());
    List<Finding> out = new ArrayList<>();
    for (IdMatch m : matches) {
      if (!m.bogus() && !onPurpose(file, m, matches)) {
        out.add(use(file, m.start(), m.end(), m.model()));
      }
    }
    if (Rule.mentionsAny(file.text(), SdkModelConstants.TRIGGERS)) {
      SdkModelConstants.uses(file, catalog)
          .forEach(u -> out.add(use(file, u.match().start(2), u.match().end(2), u.model())));
    }
    if (Rule.mentionsAny(file.text(), LibraryModelConstants.triggers())) {
      LibraryModelConstants.uses(file, catalog)
          .forEach(u -> out.add(use(file, u.match().start(1), u.match().end(1), u.model())));
    }
    out.sort(Comparator.comparingInt(f -> f.span().start()));
    return out;
  }

  /**
   * The model {@code matched} (a finding's matched text) names: an identifier in any form, or an
   * SDK or library model constant's name.
   */
  public static Optional<Model> modelOf(Catalog catalog, String matched) {
    return catalog
        .identify(matched)
        .filter(m -> !m.bogus())
        .map(IdMatch::model)
        .or(() -> SdkModelConstants.model(catalog, matched))
        .or(() -> LibraryModelConstants.model(catalog, matched));
  }

  private static boolean onPurpose(SourceFile file, IdMatch m, List<IdMatch> all) {
    return file.contextAt(m.start()) == Context.NOTEBOOK_OUTPUT
        || Placement.inLifecycleTable(file, m.start())
        || ModelTables.of(file, m, all).filter(k -> k == NotAUse.Kind.DEPRECATION_MAP).isPresent();
  }

  private static Finding use(SourceFile file, int start, int end, Model model) {
    return Findings.at(
        ModelIdRule.INFO,
        Severity.INFO,
        file,
        start,
        end,
        "uses " + model.name(),
        "see migrate doctor DIR for its lifecycle in the region",
        List.of());
  }
}
