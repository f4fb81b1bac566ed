package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Lifecycle;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.Source;
import dev.claudemigrate.catalog.Target;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The warning every command that uses a target prints once when the target model is legacy or past
 * end of life per the catalog today, naming the newest active successor and where the dates come
 * from.
 */
final class TargetLifecycleWarning {
  private TargetLifecycleWarning() {}

  /**
   * Prints the warning to {@code err} if there is one; returns it so machine formats can carry it
   * too.
   */
  static Optional<String> print(PrintWriter err, Catalog catalog, Target target, Environment env) {
    Optional<String> w = message(catalog, target, LocalDate.now(env.clock()));
    w.ifPresent(m -> err.println("migrate: warning: " + m));
    return w;
  }

  /** The warning for {@code target} on {@code today}, or empty while its model is active. */
  static Optional<String> message(Catalog catalog, Target target, LocalDate today) {
    Model model = catalog.targetModel(target);
    Lifecycle life = model.lifecycle();
    Lifecycle.State state = life.stateOn(today);
    if (state == Lifecycle.State.ACTIVE) {
      return Optional.empty();
    }
    String what =
        "target "
            + target.name()
            + " ("
            + model.name()
            + ") "
            + stateText(life, state)
            + source(life.source());
    return Optional.of(what + "; " + successor(catalog, target, model, today));
  }

  private static String stateText(Lifecycle life, Lifecycle.State state) {
    if (state == Lifecycle.State.END_OF_LIFE) {
      return life.endOfLife() != null
          ? "reached end of life on Bedrock on " + life.endOfLife() + " (calls fail after it)"
          : "is past end of life on Bedrock";
    }
    String since = life.legacyFrom() != null ? " since " + life.legacyFrom() : "";
    String eol = life.endOfLife() != null ? ", end of life " + life.endOfLife() : "";
    return "is legacy on Bedrock" + since + eol;
  }

  private static String source(Source s) {
    if (s == null) {
      return "";
    }
    return " (source: "
        + s.name()
        + ", read "
        + s.readOn()
        + (s.uncertain() ? "; uncertain" : "")
        + ")";
  }

  private static String successor(Catalog catalog, Target target, Model model, LocalDate today) {
    Optional<Model> next =
        catalog.newestActiveSuccessor(target, today).filter(m -> !m.key().equals(model.key()));
    if (next.isEmpty()) {
      return "the catalog names no active successor; see 'migrate models'";
    }
    Model m = next.get();
    String flag =
        catalog.targets().values().stream()
            .filter(t -> t.modelKey().equals(m.key()))
            .map(t -> " (--to " + t.name() + ")")
            .findFirst()
            .orElse("");
    return "newest active successor: " + m.name() + flag;
  }
}
