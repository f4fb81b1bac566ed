package dev.claudemigrate.engine;

import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.ToolVersionSets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The tool families of which some file of the project implements two or more versions on purpose
 * (docs/adr/0115). Holdout17's first run: an agent's own text editor offered {@code undo_edit} to
 * the older editor versions a type in another file still allows (and to other providers' models);
 * the handler's file names no version, so the undo-edit rule removed its dispatch branch.
 */
final class ProjectToolVersions {
  private ProjectToolVersions() {}

  static Set<ToolFamily> of(ProjectSurvey survey, RuleContext ctx) {
    Set<ToolFamily> several = EnumSet.noneOf(ToolFamily.class);
    survey.code(
        (path, file) -> {
          for (ToolFamily family : ToolFamily.values()) {
            if (!several.contains(family)
                && file.text().contains("_20")
                && ToolVersionSets.implementsSeveral(file, ctx, List.of(family))) {
              several.add(family);
            }
          }
        });
    return several;
  }
}
