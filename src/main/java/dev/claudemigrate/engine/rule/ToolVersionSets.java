package dev.claudemigrate.engine.rule;

import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.catalog.ToolVersion;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.List;

/**
 * Code that implements several versions of one Anthropic tool on purpose: a class per version
 * ({@code computer_20241022} and {@code computer_20250124} side by side), tool groups a user
 * selects by model, a command set with {@code undo_edit} for the old editor beside one without it.
 * Moving one version to the target's breaks the version that still needs it and leaves two copies
 * of the other, so in such a file a rule's findings keep their severity and lose their edits.
 */
public final class ToolVersionSets {
  private ToolVersionSets() {}

  /** Whether {@code file} names two or more versions of one of {@code families}. */
  public static boolean implementsSeveral(
      SourceFile file, RuleContext ctx, List<ToolFamily> families) {
    for (ToolFamily family : families) {
      long named =
          ctx.catalog().tools().stream()
              .filter(v -> v.family() == family)
              .map(ToolVersion::type)
              .filter(type -> file.text().contains(type))
              .filter(
                  type ->
                      TextScan.occurrences(file, type).stream().anyMatch(at -> inCode(file, at)))
              .count();
      if (named >= 2) {
        return true;
      }
    }
    return false;
  }

  /** A comment or prose naming an old version ("was computer_20241022") implements nothing. */
  private static boolean inCode(SourceFile file, int at) {
    Context c = file.contextAt(at);
    return c != Context.COMMENT && c != Context.DOCUMENTATION;
  }

  /**
   * The findings, reported without edits when {@code file} implements several versions of one of
   * {@code families}.
   */
  public static List<Finding> settle(
      SourceFile file, RuleContext ctx, List<ToolFamily> families, List<Finding> findings) {
    if (findings.stream().noneMatch(Finding::fixable) || !implementsSeveral(file, ctx, families)) {
      return findings;
    }
    return findings.stream()
        .map(
            f ->
                f.fixable()
                    ? f.withoutEdits(
                        f.fix()
                            + " (this file implements several versions of the tool on purpose:"
                            + " reported, never rewritten)")
                    : f)
        .toList();
  }
}
