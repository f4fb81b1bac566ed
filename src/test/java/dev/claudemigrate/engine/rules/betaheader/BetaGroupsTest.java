package dev.claudemigrate.engine.rules.betaheader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.ProjectFacts;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.SourceFiles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tool groups a user selects by model name their tool classes ({@code ComputerTool20241022}), not
 * the tool types, and give each group its beta. The full run after the project-wide computer-use
 * beta (a computer tool elsewhere in the project keeps the beta and replaces it) edited such a
 * file's betas one by one, leaving two groups with the same beta. Two or more betas of computer or
 * bash versions in a file's code mark it as implementing several versions on purpose: reported,
 * never rewritten.
 */
class BetaGroupsTest {
  private static final Catalog CATALOG = Catalog.builtin();
  private static final RuleContext PROJECT_WITH_TOOLS =
      new RuleContext(
          CATALOG,
          CATALOG.target("sonnet-4.6").orElseThrow(),
          MigrationSettings.defaults(),
          new ProjectFacts(Optional.empty(), true, Map.of(), Set.of()));

  private static List<Finding> check(String path, String text) {
    return new BetaHeaderRule().check(SourceFiles.fromText(path, text), PROJECT_WITH_TOOLS);
  }

  @Test
  void groupsWithABetaPerVersionAreReportedNotRewritten() {
    List<Finding> found =
        check(
            "agent/tools/groups.py",
            """
            GROUPS = [
                Group(tools=[ComputerTool20241022, BashTool20241022], beta="computer-use-2024-10-22"),
                Group(tools=[ComputerTool20250124, BashTool20250124], beta="computer-use-2025-01-24"),
            ]
            """);
    assertEquals(2, found.size(), found::toString);
    for (Finding f : found) {
      assertTrue(f.edits().isEmpty(), f::toString);
      assertTrue(f.fix().contains("several versions of the tool on purpose"), f.fix());
    }
  }

  @Test
  void oneBetaIsStillReplacedAndACommentIsNoSecondVersion() {
    List<Finding> found =
        check(
            "agent/loop.py",
            """
            # was computer-use-2025-01-24 before the upgrade
            BETA = "computer-use-2024-10-22"
            """);
    Finding live = found.stream().filter(f -> f.span().line() == 2).findFirst().orElseThrow();
    assertFalse(live.edits().isEmpty(), live::toString);
    assertEquals("computer-use-2025-11-24", live.edits().get(0).replacement());
  }
}
