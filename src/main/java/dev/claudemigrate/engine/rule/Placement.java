package dev.claudemigrate.engine.rule;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.LineIndex;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.regex.Pattern;

/**
 * Where a match stands in ways that change how a rule reports it: prose, tables, test assertions.
 */
public final class Placement {
  private static final Pattern LIFECYCLE_WORDS =
      Pattern.compile("(?i)deprecat|retir|legacy|lifecycle|end[ -]of[ -]life|\\bEOL\\b|sunset");
  private static final Pattern ASSERTION =
      Pattern.compile("(?i)\\bassert|\\bexpect|\\bshould|\\.to(Be|Equal)\\b");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s");

  private Placement() {}

  /** Whether {@code offset} is documentation prose (Markdown, notebook markdown cells). */
  static boolean isDocs(SourceFile file, int offset) {
    return file.contextAt(offset) == Context.DOCUMENTATION;
  }

  /**
   * Where a finding stands decides whether {@code apply} may edit it. Data (records and prose of a
   * data set) and test code are reported and never edited: a data set quotes models, it does not
   * configure them, and a test's inputs and fixtures change with the code under test, by hand. A
   * comment is information: it may name an old value on purpose. Documentation prose is
   * informational and edited only when the user asked for documentation too.
   */
  public static Finding settle(Finding f, RuleContext ctx) {
    if (f.context() == Context.DATA) {
      return f.withSeverity(Severity.INFO)
          .withoutEdits(f.fix() + " (data, not configuration: reported, never rewritten)");
    }
    if (f.context() == Context.COMMENT) {
      // A comment may name an old model or tool version as current, as the alternative for another
      // model ("for 3.5 Sonnet use text_editor_20241022") or as an input example of a helper; only
      // the first is right to rewrite, and nothing in a comment breaks a request. So it is noted.
      Finding info = f.withSeverity(Severity.INFO);
      return info.fixable()
          ? info.withoutEdits(f.fix() + " (comment: reported, never rewritten)")
          : info;
    }
    if (f.test() && f.fixable()) {
      return f.withSeverity(Severity.INFO)
          .withoutEdits(f.fix() + " (test code: change inputs and fixtures by hand)");
    }
    if (f.context() != Context.DOCUMENTATION || ctx.settings().includeDocs()) {
      return f;
    }
    return f.withSeverity(Severity.INFO)
        .withoutEdits(f.fix() + " (documentation: rewritten only with --include-docs)");
  }

  /**
   * Whether {@code offset} is in a Markdown table that lists old identifiers on purpose: its header
   * row or the heading just above it talks about deprecation, retirement or lifecycle.
   */
  public static boolean inLifecycleTable(SourceFile file, int offset) {
    if (file.language() != Language.MARKDOWN) {
      return false;
    }
    LineIndex li = file.lines();
    int line = li.line(offset);
    if (!isTableRow(file.lineText(line))) {
      return false;
    }
    int top = line;
    while (top > 1 && isTableRow(file.lineText(top - 1))) {
      top--;
    }
    if (LIFECYCLE_WORDS.matcher(file.lineText(top)).find()) {
      return true;
    }
    for (int l = top - 1; l >= 1; l--) {
      String t = file.lineText(l);
      if (HEADING.matcher(t).find()) {
        return LIFECYCLE_WORDS.matcher(t).find();
      }
    }
    return false;
  }

  private static boolean isTableRow(String line) {
    return line.stripLeading().startsWith("|");
  }

  /**
   * Whether {@code offset} is a string in test code on a line that asserts or expects something.
   */
  public static boolean isTestAssertion(SourceFile file, int offset) {
    if (!file.isTestAt(offset) || file.contextAt(offset) != Context.STRING_LITERAL) {
      return false;
    }
    return ASSERTION.matcher(file.lineText(file.lines().line(offset))).find();
  }
}
