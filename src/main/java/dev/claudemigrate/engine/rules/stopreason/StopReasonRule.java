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

  public StopReasonRule() {
    super(
        INFO,
        List.of("stop_reason", "stopReason", "StopReason", "end_turn", "END_TURN", "EndTurn"));
  }

  @Override
  protected List<Finding> find(SourceFile file, RuleContext ctx) {
    if (file.language() == Language.JSON || file.language() == Language.YAML) {
      return stateMachine(file, returns(ctx));
    }
    if (file.language() == Language.OTHER_CODE) {
      return lexical(file, returns(ctx));
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
      // An echoed default matters only where the default would otherwise count as handling.
      Optional<TSNode> echoed =
          EchoedDefault.of(tree.get(), b)
              .filter(e -> passes(facts(tree.get(), b, false), messagesFile, returns));
      StopReasonCheck.Facts facts = facts(tree.get(), b, echoed.isPresent());
      if (facts != null) {
        judged.addAll(b.tests());
        StopReasonCheck.verdict(facts, messagesFile, returns)
            .ifPresent(v -> out.addAll(findings(file, tree.get(), b, v, echoed)));
      }
    }
    for (StopReasonEnums.StopEnum e : StopReasonEnums.find(tree.get(), file.language())) {
      if (!inProse(file, e.nameStart())) {
        StopReasonEnums.judge(e, returns)
            .ifPresent(
                m ->
                    out.add(
                        Findings.at(
                            INFO,
                            file,
                            headStart(file.text(), e.nameStart()),
                            e.headerEnd(),
                            m[0],
                            m[1],
                            List.of())));
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
        || !StopReasonCheck.STOP_KEY.matcher(text).find()
        || judged.stream().anyMatch(t -> t != null && covers(tree, t, start))
        || Placement.isTestAssertion(file, start)
        || inProse(file, start)) {
      return Optional.empty();
    }
    boolean pathFails = c.path() != null && StopReasonCheck.fails(path(tree, c.path()));
    Set<String> values = StopReasonCheck.values(text);
    if (values.isEmpty()) {
      values = NamedStopValues.inComparison(tree, c.node(), file.text());
    }
    return StopReasonCheck.comparisonVerdict(values, text, pathFails, messagesFile, c.orOther())
        .map(
            v ->
                note(
                    file,
                    start,
                    tree.end(c.node()),
                    v.comparisonMessage(c.orOther()),
                    v.comparisonFix()));
  }

  /**
   * A Ruby {@code case}, a braced {@code switch}/{@code match} (ADR 0108) and single comparisons in
   * a language read without a grammar, judged line by line (ADR 0106); a comparison inside a judged
   * switch is the switch's.
   */
  private static List<Finding> lexical(SourceFile file, StopReasonCheck.Returns returns) {
    if (file.isTest()) {
      return Rule.none();
    }
    boolean messagesFile = StopReasonCheck.isMessagesFile(file.text());
    List<Finding> out = new ArrayList<>();
    List<LexicalSwitches.Switch> cases =
        RubyCases.isRuby(file.path()) ? RubyCases.find(file) : LexicalSwitches.find(file);
    for (LexicalSwitches.Switch c : cases) {
      StopReasonCheck.verdict(c.facts(), messagesFile, returns)
          .ifPresent(v -> out.add(note(file, c.start(), c.end(), v.message(c.keyword()), v.fix())));
    }
    for (StopReasonEnums.StopEnum e : LexicalEnums.find(file)) {
      StopReasonEnums.judge(e, returns)
          .ifPresent(
              m ->
                  out.add(
                      note(
                          file, headStart(file.text(), e.nameStart()), e.headerEnd(), m[0], m[1])));
    }
    for (LexicalComparisons.Comparison c : LexicalComparisons.find(file)) {
      if (Placement.isTestAssertion(file, c.start())
          || cases.stream().anyMatch(k -> k.start() <= c.start() && c.start() < k.end())) {
        continue;
      }
      StopReasonCheck.comparisonVerdict(c.values(), c.text(), false, messagesFile, false)
          .ifPresent(
              v ->
                  out.add(
                      note(
                          file,
                          c.start(),
                          c.end(),
                          v.comparisonMessage(false),
                          v.comparisonFix())));
    }
    return out;
  }

  /** A finding of this rule on {@code [start, end)}: advice only, no edit. */
  private static Finding note(SourceFile file, int start, int end, String message, String fix) {
    return Findings.at(INFO, file, start, end, message, fix, List.of());
  }

  private static boolean passes(
      StopReasonCheck.Facts facts, boolean messagesFile, StopReasonCheck.Returns returns) {
    return facts != null && StopReasonCheck.verdict(facts, messagesFile, returns).isEmpty();
  }

  /** Step Functions Choice states on a stop reason, judged like a switch. */
  private static List<Finding> stateMachine(SourceFile file, StopReasonCheck.Returns returns) {
    List<Finding> out = new ArrayList<>();
    for (StateMachineChoices.Choice c : StateMachineChoices.find(Mappings.of(file))) {
      StopReasonCheck.verdict(c.facts(), c.facts().keyText().contains("stop_reason"), returns)
          .ifPresent(
              v -> out.add(note(file, c.start(), c.end(), v.message("Choice state"), v.fix())));
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

  /** Where the line holding {@code at} starts its code: past annotations on lines above. */
  private static int headStart(String text, int at) {
    int i = text.lastIndexOf('\n', at - 1) + 1;
    while (i < at && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean covers(SyntaxTree tree, TSNode node, int offset) {
    return tree.start(node) <= offset && offset < tree.end(node);
  }

  /**
   * What the branch handles, or null when it does not branch on a stop reason.
   *
   * @param echoed whether its default does exactly what its end_turn arm does: then it has none
   */
  private static StopReasonCheck.Facts facts(SyntaxTree tree, Branching b, boolean echoed) {
    Set<String> values = new LinkedHashSet<>();
    StringBuilder keys = new StringBuilder();
    StringBuilder labels = new StringBuilder();
    boolean negated = false;
    boolean unknownCase = false;
    int stopTests = 0;
    if (b.subject() != null) {
      String subject = code(tree, b.subject());
      keys.append(subject);
      for (TSNode test : b.tests()) {
        String label = code(tree, test);
        Set<String> named = StopReasonCheck.values(label);
        values.addAll(
            named.isEmpty() && StopReasonCheck.STOP_KEY.matcher(subject).find()
                ? NamedStopValues.inLabel(label, tree.text(tree.root()))
                : named);
        labels.append(label).append('\n');
        unknownCase |= StopReasonCheck.isSdkUnknown(label);
      }
      if (!StopReasonCheck.STOP_KEY.matcher(subject).find()
          && !StopReasonCheck.namesStopReasons(values)) {
        return null;
      }
    } else {
      for (TSNode test : b.tests()) {
        String cond = test == null ? "" : code(tree, test);
        Set<String> v = StopReasonCheck.values(cond);
        if (StopReasonCheck.STOP_KEY.matcher(cond).find() && !v.isEmpty()) {
          keys.append(cond).append('\n');
          stopTests++;
          labels.append(cond).append('\n');
          values.addAll(v);
          negated |= StopReasonCheck.isNegated(cond);
        }
      }
      if (values.isEmpty() || (values.size() == 1 && stopTests == 1)) {
        // No dispatch: a single comparison, judged as one (see Comparisons), also with an else,
        // since that else is where a normal answer goes too.
        return null;
      }
    }
    boolean fallback = b.hasFallback() && !echoed;
    boolean failing = negated || (fallback && StopReasonCheck.fails(path(tree, b.fallback())));
    return new StopReasonCheck.Facts(
        b.subject() != null || b.keyword().equals("when"),
        keys.toString(),
        values,
        fallback || unknownCase || negated,
        failing,
        labels.toString());
  }

  /** The node's text with comments blanked out, so that commented-out cases do not count. */
  static String code(SyntaxTree tree, TSNode node) {
    return blanked(tree, node, Set.of());
  }

  /**
   * The code a branch runs on its own path: a {@code throw} in a catch clause inside it fails only
   * when something else went wrong, not for the stop reason that took the branch.
   */
  private static String path(SyntaxTree tree, TSNode node) {
    return blanked(tree, node, HANDLERS);
  }

  private static final Set<String> HANDLERS =
      Set.of("catch_clause", "except_clause", "catch_block", "rescue");

  private static String blanked(SyntaxTree tree, TSNode node, Set<String> alsoBlank) {
    int base = tree.start(node);
    StringBuilder sb = new StringBuilder(tree.text(node));
    TreeWalk.named(
        tree,
        node,
        (n, type) -> {
          if (type.contains("comment") || alsoBlank.contains(type)) {
            for (int i = tree.start(n); i < tree.end(n); i++) {
              sb.setCharAt(i - base, ' ');
            }
          }
        });
    return sb.toString();
  }

  /**
   * The findings of a branch that lets a refusal through, on every part of it a reader looks at:
   * its head (keyword and subject, or first condition) when that names a stop reason, and each arm
   * whose case label or condition tests a stop value other than a refusal. A guard run has no head
   * of its own: each guard is an arm. So a switch on a vaguely named variable ({@code switch
   * reason}) is reported at its case labels only, and an arm that already handles a refusal gets
   * none. When the default only echoes the end_turn arm, that arm is where the copy has to differ;
   * it is an arm that tests a stop value, so it is among them.
   */
  private static List<Finding> findings(
      SourceFile file,
      SyntaxTree tree,
      Branching b,
      StopReasonCheck.Verdict v,
      Optional<TSNode> echoed) {
    String message = v.message(b.keyword(), echoed.isPresent());
    int start = tree.start(b.node());
    int headEnd = b.guards() ? start : Math.max(b.headerEnd(), start + b.keyword().length());
    List<int[]> spans = new ArrayList<>();
    String head = file.text().substring(start, headEnd);
    if (StopReasonCheck.STOP_KEY.matcher(head).find() || !StopReasonCheck.values(head).isEmpty()) {
      spans.add(new int[] {start, headEnd});
    }
    List<TSNode> arms =
        b.tests().stream().filter(t -> t != null && tree.start(t) >= headEnd).toList();
    arms.stream()
        .filter(t -> testsStopValue(tree, b, t, true))
        .forEach(t -> spans.add(new int[] {tree.start(t), tree.end(t)}));
    if (spans.isEmpty()) {
      // Only refusal arms name a stop value (a Converse switch missing guardrail_intervened).
      arms.stream()
          .filter(t -> testsStopValue(tree, b, t, false))
          .forEach(t -> spans.add(new int[] {tree.start(t), tree.end(t)}));
    }
    return spans.stream().map(s -> note(file, s[0], s[1], message, v.fix())).toList();
  }

  /**
   * Whether an arm's test names a stop value: a case label of a switch on anything, a condition
   * only when it also names the stop reason (as {@link #facts} counts it).
   *
   * @param notRefusal whether a value that stands for a refusal (refusal, content_filtered,
   *     guardrail_intervened) does not count: that arm handles the refusal
   */
  private static boolean testsStopValue(
      SyntaxTree tree, Branching b, TSNode test, boolean notRefusal) {
    String text = code(tree, test);
    Set<String> values = new LinkedHashSet<>(StopReasonCheck.values(text));
    if (notRefusal) {
      values.removeAll(StopReasonCheck.REFUSALS);
    }
    return !values.isEmpty()
        && (b.subject() != null || StopReasonCheck.STOP_KEY.matcher(text).find());
  }
}
