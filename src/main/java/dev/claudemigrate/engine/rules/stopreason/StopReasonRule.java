package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.ReportRule;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SyntaxTree;
import dev.claudemigrate.engine.syntax.structure.TreeWalk;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Reports code that branches on a stop reason without handling Claude 4 refusals: a Messages API
 * branch with no {@code refusal} case and no failing default, or a Converse branch with no case for
 * {@code content_filtered}/{@code guardrail_intervened} and no default. The exact decision is in
 * {@link StopReasonCheck}.
 */
public final class StopReasonRule extends ReportRule {
  static final String ID = "stop-reason";
  private static final RuleInfo INFO =
      RuleDocs.info(ID, Category.BEHAVIOUR, Severity.WARNING, false);
  private static final Pattern STOP_REASON = Pattern.compile("(?i)stop_?reason");

  public StopReasonRule() {
    super(INFO, List.of("stop_reason", "stopReason", "StopReason"));
  }

  @Override
  protected List<Finding> find(SourceFile file) {
    Optional<SyntaxTree> tree = file.syntax();
    if (tree.isEmpty()) {
      return Rule.none();
    }
    // Comments are not tree-walked per branch; the file's own spelling is read from the raw text.
    boolean messagesFile = StopReasonCheck.isMessagesFile(file.text());
    List<Finding> out = new ArrayList<>();
    for (Branching b : BranchingSyntax.find(tree.get(), file.language())) {
      StopReasonCheck.Facts facts = facts(tree.get(), b);
      if (facts != null) {
        StopReasonCheck.verdict(facts, messagesFile)
            .ifPresent(v -> out.add(finding(file, tree.get(), b, v)));
      }
    }
    return out;
  }

  /** What the branch handles, or null when it does not branch on a stop reason. */
  private static StopReasonCheck.Facts facts(SyntaxTree tree, Branching b) {
    Set<String> values = new LinkedHashSet<>();
    StringBuilder keys = new StringBuilder();
    StringBuilder labels = new StringBuilder();
    boolean negated = false;
    boolean unknownCase = false;
    if (b.subject() != null) {
      String subject = code(tree, b.subject());
      if (!STOP_REASON.matcher(subject).find()) {
        return null;
      }
      keys.append(subject);
      for (TSNode test : b.tests()) {
        String label = code(tree, test);
        values.addAll(StopReasonCheck.values(label));
        labels.append(label).append('\n');
        unknownCase |= StopReasonCheck.isSdkUnknown(label);
      }
    } else {
      for (TSNode test : b.tests()) {
        String cond = test == null ? "" : code(tree, test);
        Set<String> v = StopReasonCheck.values(cond);
        if (STOP_REASON.matcher(cond).find() && !v.isEmpty()) {
          keys.append(cond).append('\n');
          labels.append(cond).append('\n');
          values.addAll(v);
          negated |= StopReasonCheck.isNegated(cond);
        }
      }
      if (values.isEmpty()) {
        return null;
      }
    }
    boolean failing =
        negated || (b.hasFallback() && StopReasonCheck.fails(code(tree, b.fallback())));
    return new StopReasonCheck.Facts(
        b.subject() != null || b.keyword().equals("when"),
        keys.toString(),
        values,
        b.hasFallback() || unknownCase || negated,
        failing,
        labels.toString());
  }

  /** The node's text with comments blanked out, so that commented-out cases do not count. */
  private static String code(SyntaxTree tree, TSNode node) {
    int base = tree.start(node);
    StringBuilder sb = new StringBuilder(tree.text(node));
    TreeWalk.named(
        tree,
        node,
        (n, type) -> {
          if (type.contains("comment")) {
            for (int i = tree.start(n); i < tree.end(n); i++) {
              sb.setCharAt(i - base, ' ');
            }
          }
        });
    return sb.toString();
  }

  private static Finding finding(
      SourceFile file, SyntaxTree tree, Branching b, StopReasonCheck.Verdict v) {
    int start = tree.start(b.node());
    int end = Math.max(b.headerEnd(), start + b.keyword().length());
    return Findings.at(INFO, file, start, end, v.message(b.keyword()), v.fix(), List.of());
  }
}
