package dev.claudemigrate.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a target model accepts and returns where Claude models differ: the data generic rules read
 * instead of code per model.
 *
 * @param tools the tool version type per family the target uses
 * @param betas beta actions that differ from the catalog's betas table for this target
 * @param samplingTogether how serious {@code temperature} and {@code top_p} in one request are
 *     ({@code ERROR}: the model rejects them; {@code WARNING}: sources disagree)
 * @param prefill how serious a request ending in an assistant turn is, or empty when accepted
 * @param thinkingBudgetDeprecated whether {@code thinking: {type: enabled, budget_tokens}} is
 *     deprecated in favour of {@code thinking: {type: adaptive}}
 * @param stopReasons the Messages API stop reasons the target can return
 */
public record Behaviour(
    Map<ToolFamily, String> tools,
    Map<String, BetaAction> betas,
    Level samplingTogether,
    Optional<Level> prefill,
    boolean thinkingBudgetDeprecated,
    List<String> stopReasons) {

  public Behaviour {
    tools =
        Collections.unmodifiableMap(
            tools.isEmpty() ? new EnumMap<>(ToolFamily.class) : new EnumMap<>(tools));
    betas = Map.copyOf(betas);
    stopReasons = List.copyOf(stopReasons);
  }

  /** Whether the target can return {@code stopReason}. */
  public boolean returns(String stopReason) {
    return stopReasons.contains(stopReason);
  }
}
