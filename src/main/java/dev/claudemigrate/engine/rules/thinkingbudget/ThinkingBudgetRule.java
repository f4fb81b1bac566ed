package dev.claudemigrate.engine.rules.thinkingbudget;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.ReportRule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Mappings;
import dev.claudemigrate.engine.syntax.structure.Member;
import dev.claudemigrate.engine.syntax.structure.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reports extended-thinking requests Bedrock rejects: a {@code budget_tokens} literal below 1024 or
 * not below the request's literal {@code max_tokens}, or thinking combined with a changed
 * temperature, {@code top_k}, a {@code top_p} below 0.95, or a forced tool choice.
 */
public final class ThinkingBudgetRule extends ReportRule {
  static final String ID = "thinking-budget";
  static final int MIN_BUDGET = 1024;
  private static final RuleInfo INFO = RuleDocs.info(ID, Category.BEHAVIOUR, Severity.ERROR, false);

  public ThinkingBudgetRule() {
    super(INFO, List.of("budget_tokens", "budgetTokens", "BudgetTokens"));
  }

  @Override
  protected List<Finding> find(SourceFile file, RuleContext ctx) {
    boolean interleaved = file.text().contains("interleaved-thinking");
    List<Finding> out = new ArrayList<>();
    for (Mapping request : Mappings.of(file)) {
      Optional<Mapping> thinking = request.child("thinking");
      Optional<Member> budget = thinking.flatMap(t -> t.member("budget_tokens"));
      if (budget.isEmpty()
          || !enabled(thinking.get())
          || ReportRule.inProse(file, budget.get().keyStart())) {
        continue;
      }
      List<Problem> problems = problems(budget.get(), scope(request), interleaved);
      if (!problems.isEmpty()) {
        Member b = budget.get();
        String message =
            "extended thinking: "
                + String.join("; ", problems.stream().map(Problem::what).toList());
        String fix =
            String.join(" ", problems.stream().map(Problem::fix).distinct().toList())
                + " Or turn thinking off for this request.";
        out.add(Findings.at(INFO, file, b.keyStart(), b.keyEnd(), message, fix, List.of()));
      }
    }
    return ReportRule.distinct(out);
  }

  /** A thinking object with {@code "type": "disabled"} asks for nothing; no type means enabled. */
  private static boolean enabled(Mapping thinking) {
    return thinking
        .member("type")
        .map(t -> t.value().kind() != Value.Kind.STRING || t.value().isString("enabled"))
        .orElse(true);
  }

  /**
   * The objects that make up one request: the one holding {@code thinking}, and for Converse, where
   * thinking sits in {@code additionalModelRequestFields}, the request around it; each with its
   * {@code inferenceConfig} and {@code toolConfig}.
   */
  private static List<Mapping> scope(Mapping holder) {
    List<Mapping> scope = new ArrayList<>();
    scope.add(holder);
    Member via = holder.parentMember();
    if (via != null && via.is("additionalModelRequestFields")) {
      scope.add(holder.parent());
    }
    for (Mapping m : List.copyOf(scope)) {
      m.child("inferenceConfig").ifPresent(scope::add);
      m.child("toolConfig").ifPresent(scope::add);
    }
    return scope;
  }

  private static Optional<Member> find(List<Mapping> scope, String key) {
    return scope.stream()
        .flatMap(m -> m.member(key).stream())
        .filter(m -> m.value().isSet())
        .findFirst();
  }

  /** One reason the request is rejected, with what to change. */
  private record Problem(String what, String fix) {}

  private static List<Problem> problems(Member budget, List<Mapping> scope, boolean interleaved) {
    List<Problem> problems = new ArrayList<>();
    String b = budget.key() + " " + budget.value().text();
    OptionalDouble n = budget.value().number();
    if (n.isPresent() && n.getAsDouble() < MIN_BUDGET) {
      problems.add(
          new Problem(
              b + " is below the minimum of " + MIN_BUDGET,
              "Raise " + budget.key() + " to at least " + MIN_BUDGET + "."));
    }
    Optional<Member> max = find(scope, "max_tokens");
    OptionalDouble m = max.map(x -> x.value().number()).orElse(OptionalDouble.empty());
    if (!interleaved && n.isPresent() && m.isPresent() && n.getAsDouble() >= m.getAsDouble()) {
      String mt = max.get().key() + " " + max.get().value().text();
      problems.add(
          new Problem(
              b + " is not below " + mt,
              "Keep "
                  + budget.key()
                  + " below "
                  + max.get().key()
                  + " (raise "
                  + max.get().key()
                  + ")."));
    }
    // Only literals are judged: a variable may well hold the allowed default.
    find(scope, "temperature")
        .filter(t -> t.value().number().orElse(1) != 1.0)
        .ifPresent(
            t ->
                problems.add(
                    new Problem(
                        t.key()
                            + " is set ("
                            + t.value().text()
                            + ") but thinking requires the default temperature",
                        "Remove " + t.key() + ".")));
    find(scope, "top_k")
        .filter(t -> t.value().number().isPresent())
        .ifPresent(
            t ->
                problems.add(
                    new Problem(
                        t.key() + " is set but thinking does not allow top_k",
                        "Remove " + t.key() + ".")));
    find(scope, "top_p")
        .filter(t -> t.value().number().orElse(1) < 0.95)
        .ifPresent(
            t ->
                problems.add(
                    new Problem(
                        t.key()
                            + " "
                            + t.value().text()
                            + " is below 0.95, the lowest top_p thinking allows",
                        "Remove " + t.key() + ".")));
    forcedToolChoice(scope)
        .ifPresent(what -> problems.add(new Problem(what, "Use tool choice auto.")));
    return problems;
  }

  /**
   * {@code tool_choice: {type: any|tool}} (Messages) or {@code toolChoice: {any: {}}|{tool: ...}}
   * (Converse).
   */
  private static Optional<String> forcedToolChoice(List<Mapping> scope) {
    for (Mapping m : scope) {
      Optional<Mapping> choice = m.child("tool_choice");
      if (choice.isEmpty()) {
        continue;
      }
      Optional<Member> type = choice.get().member("type");
      boolean forced =
          type.map(t -> t.value().isString("any") || t.value().isString("tool")).orElse(false)
              || (type.isEmpty()
                  && (choice.get().member("any").isPresent()
                      || choice.get().member("tool").isPresent()));
      if (forced) {
        return Optional.of("tool choice is forced (any/tool); thinking allows only auto or none");
      }
    }
    return Optional.empty();
  }
}
