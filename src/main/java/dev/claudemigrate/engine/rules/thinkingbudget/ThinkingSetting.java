package dev.claudemigrate.engine.rules.thinkingbudget;

import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Member;
import java.util.List;

/**
 * One extended-thinking request written in a file: the member that sets the token budget and the
 * objects that make up the request around it (for the limits that involve other settings).
 *
 * @param budget the budget: {@code budget_tokens} of a thinking object, or a typed SDK setter's
 *     argument ({@code enabledThinking(1024)}, Go {@code ThinkingConfigParamOfEnabled(1024)})
 * @param scope the request objects, innermost first; empty when the request is not known
 * @param typed whether the budget is set through a typed SDK helper rather than a thinking object
 */
record ThinkingSetting(Member budget, List<Mapping> scope, boolean typed) {
  ThinkingSetting {
    scope = List.copyOf(scope);
  }
}
