package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Lifecycle;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.Target;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one short line a command prints when a model it will call or migrate to is not active on
 * Bedrock per the catalog today: the state with its date, the newest active successor, and the
 * public page the dates come from.
 */
final class TargetLifecycleWarning {
  private TargetLifecycleWarning() {}

  /** The warning for {@code target} on {@code today}, or empty while its model is active. */
  static Optional<String> message(Catalog catalog, Target target, LocalDate today) {
    Model model = catalog.targetModel(target);
    return line(
        model, "target " + target.name(), today, "; " + successor(catalog, target, model, today));
  }

  /**
   * The warning for a model called as {@code role} (e.g. {@code baseline}), or empty while it is
   * active: {@code ROLE (NAME) STATE; (URL)}.
   */
  static Optional<String> forModel(Model model, String role, LocalDate today) {
    return line(model, role, today, "");
  }

  private static Optional<String> line(Model model, String role, LocalDate today, String extra) {
    Lifecycle life = model.lifecycle();
    Lifecycle.State state = life.stateOn(today);
    if (state == Lifecycle.State.ACTIVE) {
      return Optional.empty();
    }
    String url = life.source() == null ? null : life.source().cite();
    return Optional.of(
        role
            + " ("
            + model.name()
            + ") "
            + stateText(life, state)
            + extra
            + (url == null ? "" : " (" + url + ")"));
  }

  private static String stateText(Lifecycle life, Lifecycle.State state) {
    return switch (state) {
      case END_OF_LIFE ->
          life.endOfLife() != null
              ? "reached end of life on Bedrock on " + life.endOfLife() + ": calls fail"
              : "is retired on Bedrock: calls fail";
      case EXTENDED_ACCESS ->
          "is in extended access on Bedrock (higher price)"
              + (life.endOfLife() != null ? ", end of life " + life.endOfLife() : "");
      default ->
          "is legacy on Bedrock"
              + (life.legacyFrom() != null ? " since " + life.legacyFrom() : "")
              + (life.endOfLife() != null ? ", end of life " + life.endOfLife() : "");
    };
  }

  private static String successor(Catalog catalog, Target target, Model model, LocalDate today) {
    Optional<Model> next =
        catalog.newestActiveSuccessor(target, today).filter(m -> !m.key().equals(model.key()));
    return next.map(
            m ->
                "newest active: "
                    + catalog.targetFor(m).map(t -> "--to " + t.name()).orElse(m.name()))
        .orElse("no active successor in the catalog");
  }
}
