package dev.claudemigrate.engine;

import dev.claudemigrate.catalog.ToolFamily;
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
    for (ToolFamily family : ToolFamily.values()) {
      if (ToolVersionSets.implementsSeveral(file, ctx, List.of(family))) {
        several.add(family);
      }
    }
    return several;
  }
}
