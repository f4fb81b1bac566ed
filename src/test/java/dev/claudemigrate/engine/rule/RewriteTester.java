package dev.claudemigrate.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rewrite.ParseCheck;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs one rule on text the way {@code migrate apply} would: all edits of all findings, sorted and
 * checked for overlap, then the rule again on the result to prove the rewrite is idempotent; each
 * finding's edits alone must also keep the file parseable.
 */
public final class RewriteTester {
  public static final Catalog CATALOG = Catalog.builtin();

  private final Rule rule;
  private final RuleContext ctx;

  public RewriteTester(Rule rule) {
    this(rule, MigrationSettings.defaults(), "sonnet-4");
  }

  public RewriteTester(Rule rule, MigrationSettings settings, String target) {
    this(rule, settings, target, Optional.empty());
  }

  public RewriteTester(
      Rule rule, MigrationSettings settings, String target, Optional<String> projectRegion) {
    this.rule = rule;
    this.ctx =
        new RuleContext(CATALOG, CATALOG.target(target).orElseThrow(), settings, projectRegion);
  }

  public RuleContext context() {
    return ctx;
  }

  /** The findings for {@code text} in a file at {@code path}. */
  public List<Finding> findings(String path, String text) {
    List<Finding> found = rule.check(SourceFiles.fromText(path, text), ctx);
    if (!found.isEmpty()) {
      assertTrue(
          rule.triggers(ctx).stream().anyMatch(text::contains),
          "a file with findings must contain a trigger of " + rule.id());
    }
    return found;
  }

  /** Applies every edit and returns the result; fails on overlapping edits. */
  public static String apply(String text, List<Finding> findings) {
    List<Edit> edits = new ArrayList<>();
    findings.forEach(f -> edits.addAll(f.edits()));
    edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    for (int i = 1; i < edits.size(); i++) {
      assertFalse(
          edits.get(i - 1).overlaps(edits.get(i)),
          "overlapping edits " + edits.get(i - 1) + " " + edits.get(i));
    }
    StringBuilder sb = new StringBuilder(text);
    for (int i = edits.size() - 1; i >= 0; i--) {
      Edit e = edits.get(i);
      sb.replace(e.start(), e.end(), e.replacement());
    }
    return sb.toString();
  }

  /**
   * Asserts that the rule rewrites {@code before} into {@code after} and that nothing fixable
   * remains.
   */
  public List<Finding> rewrites(String path, String before, String after) {
    List<Finding> found = findings(path, before);
    assertEquals(after, apply(before, found), "rewrite of " + path);
    SourceFile original = SourceFiles.fromText(path, before);
    for (Finding f : found) {
      assertTrue(
          ParseCheck.keepsParsing(original, apply(before, List.of(f))),
          "the edits of one finding alone must leave the file parseable: " + f);
    }
    List<Finding> again = findings(path, after);
    assertTrue(again.stream().noneMatch(Finding::fixable), "still fixable after rewrite: " + again);
    return found;
  }

  /** Asserts that the rule finds nothing in {@code text}. */
  public void ignores(String path, String text) {
    assertEquals(List.of(), findings(path, text), "findings in " + path);
  }

  /** Asserts that the rule reports {@code count} findings, none with edits, and returns them. */
  public List<Finding> reportsOnly(String path, String text, int count) {
    List<Finding> found = findings(path, text);
    assertEquals(count, found.size(), "findings: " + found);
    assertTrue(found.stream().noneMatch(Finding::fixable), "unexpected edits: " + found);
    return found;
  }
}
