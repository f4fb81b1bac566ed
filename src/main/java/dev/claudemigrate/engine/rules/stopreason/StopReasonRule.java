package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.Placement;
import dev.claudemigrate.engine.rule.ReportRule;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SyntaxTree;
import dev.claudemigrate.engine.syntax.structure.Mappings;
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
  protected List<Finding> find(SourceFile file, RuleContext ctx) {
    if (file.language() == Language.JSON || file.language() == Language.YAML) {
      return stateMachine(file, returns(ctx));
    }
    Optional<SyntaxTree> tree = file.syntax();
    if (tree.isEmpty()) {
      return Rule.none();
    }
    // Comments are not tree-walked per branch; the file's own spelling is read from the raw text.
    boolean messagesFile = StopReasonCheck.isMessagesFile(file.text());
    StopReasonCheck.Returns returns = returns(ctx);
    List<Finding> out = new ArrayList<>();
    List<TSNode> judged = new ArrayList<>();
    for (Branching b : BranchingSyntax.find(tree.get(), file.language())) {
      StopReasonCheck.Facts facts = facts(tree.get(), b);
      if (facts != null) {
        judged.addAll(b.tests());
        StopReasonCheck.verdict(facts, messagesFile, returns)
            .ifPresent(v -> out.add(finding(file, tree.get(), b, v)));
      }
    }
    for (Comparisons.Comparison c : Comparisons.find(tree.get(), file.language())) {
      comparison(file, tree.get(), c, judged, messagesFile).ifPresent(out::add);
    }
    out.sort(java.util.Comparator.comparingInt(f -> f.span().start()));
    return out;
  }

  /**
   * The finding for a comparison that no judged branch covers, outside test assertions, when a
   * refusal takes the same path as end_turn.
   */
  private static Optional<Finding> comparison(
      SourceFile file,
      SyntaxTree tree,
      Comparisons.Comparison c,
      List<TSNode> judged,
      boolean messagesFile) {
    int start = tree.start(c.node());
    String text = code(tree, c.node());
    if (c.inAssertion()
        || !STOP_REASON.matcher(text).find()
        || judged.stream().anyMatch(t -> t != null && covers(tree, t, start))
        || Placement.isTestAssertion(file, start)
        || inProse(file, start)) {
      return Optional.empty();
    }
    boolean pathFails = c.path() != null && StopReasonCheck.fails(code(tree, c.path()));
    return StopReasonCheck.comparisonVerdict(
            StopReasonCheck.values(text), text, pathFails, messagesFile)
        .map(
            v ->
                Findings.at(
                    INFO,
                    file,
                    start,
                    tree.end(c.node()),
                    v.comparisonMessage(),
                    v.comparisonFix(),
                    List.of()));
  }

  /** Step Functions Choice states on a stop reason, judged like a switch. */
  private static List<Finding> stateMachine(SourceFile file, StopReasonCheck.Returns returns) {
    List<Finding> out = new ArrayList<>();
    for (StateMachineChoices.Choice c : StateMachineChoices.find(Mappings.of(file))) {
      StopReasonCheck.verdict(c.facts(), c.facts().keyText().contains("stop_reason"), returns)
          .ifPresent(
              v ->
                  out.add(
                      Findings.at(
                          INFO,
                          file,
                          c.start(),
                          c.end(),
                          v.message("Choice state"),
                          v.fix(),
                          List.of())));
    }
    return out;
  }

  /** The target's stop reasons that some other target does not return. */
  private static StopReasonCheck.Returns returns(RuleContext ctx) {
    Set<String> common = new LinkedHashSet<>(ctx.target().behaviour().stopReasons());
    ctx.catalog().targets().values().forEach(t -> common.retainAll(t.behaviour().stopReasons()));
    List<String> own =
        ctx.target().behaviour().stopReasons().stream().filter(r -> !common.contains(r)).toList();
    return new StopReasonCheck.Returns(ctx.targetModel().name(), own);
  }

  private static boolean covers(SyntaxTree tree, TSNode node, int offset) {
    return tree.start(node) <= offset && offset < tree.end(node);
  }

  /** What the branch handles, or null when it does not branch on a stop reason. */
  private static StopReasonCheck.Facts facts(SyntaxTree tree, Branching b) {
    Set<String> values = new LinkedHashSet<>();
    StringBuilder keys = new StringBuilder();
    StringBuilder labels = new StringBuilder();
    boolean negated = false;
    boolean unknownCase = false;
    int stopTests = 0;
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
          stopTests++;
          labels.append(cond).append('\n');
          values.addAll(v);
          negated |= StopReasonCheck.isNegated(cond);
        }
      }
      boolean single = values.size() == 1 && stopTests == 1;
      if (values.isEmpty() || (single && (negated || !b.hasFallback()))) {
        return null; // no dispatch: a single comparison, judged as one (see Comparisons)
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
