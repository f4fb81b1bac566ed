package dev.claudemigrate.engine.rule;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.List;

/** Builds findings located in a source file, filling in span, context and test flag. */
public final class Findings {
  private Findings() {}

  /** A finding at {@code [start, end)} with the rule's default severity. */
  public static Finding at(
      RuleInfo rule,
      SourceFile file,
      int start,
      int end,
      String message,
      String fix,
      List<Edit> edits) {
    return at(rule, rule.severity(), file, start, end, message, fix, edits);
  }

  /** A finding at {@code [start, end)} with the given severity. */
  public static Finding at(
      RuleInfo rule,
      Severity severity,
      SourceFile file,
      int start,
      int end,
      String message,
      String fix,
      List<Edit> edits) {
    Context context = ProseFields.contextAt(file, start);
    // A tool type or beta in a sentence a program prints only talks about the value (PrintedText).
    boolean printed =
        (rule.category() == Category.TOOL || rule.category() == Category.BETA)
            && PrintedText.isProse(file, start, end);
    return new Finding(
        rule.id(),
        printed ? Severity.INFO : severity,
        file.path(),
        file.span(start, end),
        file.text().substring(start, end),
        message,
        printed && !edits.isEmpty() ? fix + " (printed text: reported, never rewritten)" : fix,
        context,
        file.isTestAt(start),
        printed ? List.of() : edits);
  }
}
