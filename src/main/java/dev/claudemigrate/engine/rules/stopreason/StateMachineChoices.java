package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Member;
import dev.claudemigrate.engine.syntax.structure.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step Functions {@code Choice} states (Amazon States Language in JSON or YAML) whose rules test a
 * stop reason: JSONPath rules ({@code "Variable": "$.Body.stop_reason", "StringEquals":
 * "tool_use"}, also inside {@code And}/{@code Or}) and JSONata conditions ({@code "{%
 * $states.input.stopReason = 'tool_use' %}"}). The state's {@code Default} is its default branch;
 * it fails when it names a {@code Fail} state.
 */
final class StateMachineChoices {
  private static final Pattern JSONATA =
      Pattern.compile("(?i)stop_?reason\\S*\\s*(=|!=)\\s*['\"]([A-Za-z_]+)['\"]");

  /**
   * One Choice state that branches on a stop reason.
   *
   * @param start where to report: the first stop-reason test
   * @param end the end of that test
   * @param facts what it handles
   */
  record Choice(int start, int end, StopReasonCheck.Facts facts) {}

  private StateMachineChoices() {}

  /** The Choice states among {@code objects} (every object of one JSON/YAML file). */
  static List<Choice> find(List<Mapping> objects) {
    List<Choice> out = new ArrayList<>();
    for (Mapping state : objects) {
      if (state.member("Type").map(m -> m.value().isString("Choice")).orElse(false)) {
        choice(state, objects).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<Choice> choice(Mapping state, List<Mapping> objects) {
    Set<String> values = new LinkedHashSet<>();
    StringBuilder keys = new StringBuilder();
    boolean negated = false;
    int start = -1;
    int end = -1;
    for (Mapping rule : objects) {
      if (rule.start() <= state.start() || rule.end() > state.end()) {
        continue;
      }
      for (Member m : rule.members()) {
        String text = m.value().kind() == Value.Kind.STRING ? m.value().text() : "";
        String key = null;
        String value = null;
        if (m.is("Variable") && StopReasonCheck.STOP_KEY.matcher(text).find()) {
          key = text;
          value = rule.member("StringEquals").map(x -> x.value().text()).orElse(null);
        } else if (m.is("Condition")) {
          Matcher j = JSONATA.matcher(text);
          if (j.find()) {
            key = text;
            value = j.group(2);
            negated |= j.group(1).equals("!=");
          }
        }
        Set<String> v = value == null ? Set.of() : StopReasonCheck.values(value);
        if (key != null && !v.isEmpty()) {
          values.addAll(v);
          keys.append(key).append('\n');
          if (start < 0) {
            start = m.keyStart();
            end = m.end();
          }
        }
      }
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    boolean hasDefault = state.member("Default").isPresent();
    boolean fails = negated || defaultFails(state);
    return Optional.of(
        new Choice(
            start,
            end,
            new StopReasonCheck.Facts(
                true, keys.toString(), values, hasDefault || negated, fails, labels(values))));
  }

  /** ASL writes stop values as JSON strings: quoted, so that advice spells them so. */
  private static String labels(Set<String> values) {
    return String.join(" ", values.stream().map(v -> "\"" + v + "\"").toList());
  }

  /** Whether the state's Default names a sibling state of type Fail. */
  private static boolean defaultFails(Mapping state) {
    Optional<String> target = state.member("Default").map(m -> m.value().text());
    Mapping states = state.parent();
    return target.isPresent()
        && states != null
        && states
            .child(target.get())
            .flatMap(s -> s.member("Type"))
            .map(t -> t.value().isString("Fail"))
            .orElse(false);
  }
}
