package dev.claudemigrate.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.util.List;
import java.util.Optional;

/** Runs a report-only rule on text and checks where it reports and what its messages say. */
public final class ReportTester {
  private static final Catalog CATALOG = Catalog.builtin();

  private final Rule rule;
  private final RuleContext context;

  /** A tester with the context of {@link #context()} (the catalog's first target). */
  public ReportTester(Rule rule) {
    this(rule, context());
  }

  /** A tester for the built-in catalog's target {@code target} (e.g. {@code sonnet-4.6}). */
  public ReportTester(Rule rule, String target) {
    this(
        rule,
        new RuleContext(
            CATALOG,
            CATALOG.target(target).orElseThrow(),
            MigrationSettings.defaults(),
            Optional.empty()));
  }

  private ReportTester(Rule rule, RuleContext context) {
    this.rule = rule;
    this.context = context;
  }

  /** A rule context with the built-in catalog, its first target and default settings. */
  public static RuleContext context() {
    return new RuleContext(
        CATALOG,
        CATALOG.targets().values().iterator().next(),
        MigrationSettings.defaults(),
        Optional.empty());
  }

  /**
   * The rule's findings in a file named {@code path} holding {@code text}; checks they carry no
   * edits.
   */
  public List<Finding> findings(String path, String text) {
    SourceFile file = SourceFiles.fromText(path, text);
    List<Finding> found = rule.check(file, context);
    for (Finding f : found) {
      assertEquals(rule.id(), f.ruleId());
      assertTrue(f.edits().isEmpty(), "report-only rule made edits: " + f);
    }
    return found;
  }

  /**
   * Asserts exactly one finding, on 1-based {@code line}, whose message contains every fragment.
   */
  public Finding one(String path, String text, int line, String... fragments) {
    List<Finding> found = findings(path, text);
    assertEquals(1, found.size(), () -> "expected one finding in " + path + ", got " + found);
    Finding f = found.get(0);
    assertEquals(line, f.span().line(), () -> "line of " + f);
    for (String s : fragments) {
      assertTrue(f.message().contains(s), () -> "message '" + f.message() + "' lacks '" + s + "'");
    }
    return f;
  }

  /**
   * Asserts findings on exactly the 1-based {@code lines} (one finding per line, in order), each
   * with a message that contains every fragment; returns the first.
   */
  public Finding at(String path, String text, List<Integer> lines, String... fragments) {
    List<Finding> found = findings(path, text);
    assertEquals(
        lines, found.stream().map(f -> f.span().line()).toList(), () -> "lines of " + found);
    for (Finding f : found) {
      for (String s : fragments) {
        assertTrue(
            f.message().contains(s), () -> "message '" + f.message() + "' lacks '" + s + "'");
      }
    }
    return found.get(0);
  }

  /** Asserts that the rule finds nothing. */
  public void none(String path, String text) {
    List<Finding> found = findings(path, text);
    assertTrue(found.isEmpty(), () -> "expected no finding in " + path + ", got " + found);
  }

  /**
   * Asserts that one of the rule's triggers occurs in {@code text} (so the scanner would run it).
   */
  public void triggeredBy(String text) {
    assertTrue(rule.triggers(context).stream().anyMatch(text::contains), "no trigger in text");
  }
}
