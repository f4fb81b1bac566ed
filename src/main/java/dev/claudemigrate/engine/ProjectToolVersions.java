package dev.claudemigrate.engine;

import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.catalog.ToolVersion;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.ToolVersionSets;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The tool families a file implements in two or more versions on purpose (docs/adr/0115), gathered
 * over the project. Holdout17's first run: an agent's own text editor offered {@code undo_edit} to
 * the older editor versions a type in another file still allows (and to other providers' models);
 * the handler's file names no version, so the undo-edit rule removed its dispatch branch.
 */
final class ProjectToolVersions {
  private ProjectToolVersions() {}

  static Set<ToolFamily> of(SourceFile file, RuleContext ctx) {
    Set<ToolFamily> several = EnumSet.noneOf(ToolFamily.class);
    if (!file.text().contains("_20")) {
      return several; // no dated tool type
    }
    for (ToolFamily family : ToolFamily.values()) {
      // Two names of the family in the text at all before the file's contexts are asked (which
      // parses it): a scan's files mostly name one version, if any.
      if (named(file.text(), ctx, family) >= 2
          && ToolVersionSets.implementsSeveral(file, ctx, List.of(family))) {
        several.add(family);
      }
    }
    return several;
  }

  /** How many distinct types (or betas, but the text editor's) of {@code family} the text holds. */
  private static long named(String text, RuleContext ctx, ToolFamily family) {
    long types =
        ctx.catalog().tools().stream()
            .filter(v -> v.family() == family && text.contains(v.type()))
            .count();
    long betas =
        family == ToolFamily.TEXT_EDITOR
            ? 0
            : ctx.catalog().tools().stream()
                .filter(v -> v.family() == family && v.beta() != null)
                .map(ToolVersion::beta)
                .distinct()
                .filter(text::contains)
                .count();
    return Math.max(types, betas);
  }
}
