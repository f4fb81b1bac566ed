package dev.claudemigrate.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.ScanStats;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Before/after assertions for rule tests, through the same planner {@code apply} uses: the rule's
 * edits on {@code before} must give exactly {@code after} (with no conflicts and a file that still
 * parses), and the rule run again on {@code after} must change nothing (idempotence).
 *
 * <pre>{@code
 * RuleRewrites.assertRewrite(new ModelIdRule(), "app.py", """
 *     M = "anthropic.claude-3-5-sonnet-20241022-v2:0"
 *     """, """
 *     M = "us.anthropic.claude-sonnet-4-20250514-v1:0"
 *     """);
 * }</pre>
 */
public final class RuleRewrites {
  private RuleRewrites() {}

  /** A context with the built-in catalog, the {@code sonnet-4} target and default settings. */
  public static RuleContext defaultContext() {
    Catalog catalog = Catalog.builtin();
    return new RuleContext(
        catalog,
        catalog.target("sonnet-4").orElseThrow(),
        MigrationSettings.defaults(),
        Optional.empty());
  }

  /** Asserts the rewrite with {@link #defaultContext()}. */
  public static ApplyPlan assertRewrite(Rule rule, String path, String before, String after) {
    return assertRewrite(rule, defaultContext(), path, before, after);
  }

  /**
   * Asserts that {@code rule} rewrites {@code before} into {@code after} and is idempotent; returns
   * the plan.
   */
  public static ApplyPlan assertRewrite(
      Rule rule, RuleContext ctx, String path, String before, String after) {
    ApplyPlan plan = plan(rule, ctx, path, before);
    assertTrue(plan.conflicts().isEmpty(), () -> "conflicts: " + plan.conflicts());
    assertTrue(plan.errors().isEmpty(), () -> "errors: " + plan.errors());
    String actual = plan.hasChanges() ? plan.changes().get(0).newText() : before;
    assertEquals(after, actual, "rewrite of " + path);
    ApplyPlan again = plan(rule, ctx, path, actual);
    assertTrue(
        !again.hasChanges(),
        () -> "not idempotent; second run gives:\n" + again.changes().get(0).newText());
    return plan;
  }

  /** The plan of one rule over one file given as text. */
  public static ApplyPlan plan(Rule rule, RuleContext ctx, String path, String text) {
    SourceFile f = SourceFiles.fromText(path, text);
    MigrationResult result =
        new MigrationResult(
            Path.of("."),
            "sonnet-4",
            List.of(new FileReport(f, rule.check(f, ctx))),
            List.of(),
            List.of(),
            List.of(),
            new ScanStats(1, 1, 0, text.length(), 0));
    return new ApplyPlanner().plan(result);
  }
}
