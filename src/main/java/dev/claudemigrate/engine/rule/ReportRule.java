package dev.claudemigrate.engine.rule;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Base of the report-only rules (invoke-model, stop-reason, sampling, thinking-budget): fixed info
 * and triggers, notebooks read through their code cells, and small shared helpers.
 */
public abstract class ReportRule implements Rule {

  private final RuleInfo info;
  private final List<String> triggers;

  public ReportRule(RuleInfo info, List<String> triggers) {
    this.info = info;
    this.triggers = List.copyOf(triggers);
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  @Override
  public final List<String> triggers(RuleContext ctx) {
    return triggers;
  }

  @Override
  public final List<Finding> check(SourceFile file, RuleContext ctx) {
    if (!Rule.mentionsAny(file.text(), triggers)) {
      return Rule
          .none(); // the scan's prefilter already knows; a direct call must not parse for nothing
    }
    if (file.language() == Language.NOTEBOOK) {
      return NotebookCode.check(file, info, f -> find(f, ctx));
    }
    return find(file, ctx);
  }

  /**
   * The findings in a code or configuration file (a notebook's code cells arrive as Python) for the
   * target in {@code ctx}.
   */
  protected abstract List<Finding> find(SourceFile file, RuleContext ctx);

  /**
   * Whether the file says it talks to Claude at all (a model ID, {@code anthropic_version}, an
   * Anthropic client), so that generic sampling settings of other providers stay quiet.
   */
  public static boolean mentionsClaude(SourceFile file) {
    String lower = file.text().toLowerCase(Locale.ROOT);
    return lower.contains("claude") || lower.contains("anthropic");
  }

  /** Whether {@code offset} is in a comment, documentation prose or data (never a use). */
  public static boolean inProse(SourceFile file, int offset) {
    Context c = file.contextAt(offset);
    return c == Context.COMMENT
        || c == Context.DOCUMENTATION
        || c == Context.NOTEBOOK_OUTPUT
        || c == Context.DATA;
  }

  /** The findings with later duplicates at the same start offset dropped, in order. */
  public static List<Finding> distinct(List<Finding> findings) {
    Set<Integer> seen = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (seen.add(f.span().start())) {
        out.add(f);
      }
    }
    return out;
  }
}
