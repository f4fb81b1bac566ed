package dev.claudemigrate.engine.rules.thinkingbudget;

import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The limits Bedrock puts on an extended-thinking request: a budget of at least 1024 below max
 * tokens, the default temperature, no {@code top_k}, {@code top_p} of 0.95 or more, no forced tool
 * choice. Only literals are judged.
 */
final class ThinkingLimits {
  static final int MIN_BUDGET = 1024;

  private ThinkingLimits() {}

  private static Optional<Member> find(List<Mapping> scope, String key) {
    return scope.stream()
        .flatMap(m -> m.member(key).stream())
        .filter(m -> m.value().isSet())
        .findFirst();
  }

  /** One reason the request is rejected, with what to change. */
  record Problem(String what, String fix) {}

  static List<Problem> problems(Member budget, List<Mapping> scope, boolean interleaved) {
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
