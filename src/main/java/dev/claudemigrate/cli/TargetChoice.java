package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Lifecycle;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.Target;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The target of a run and why: named with {@code --to}, pinned with {@code to:} in the project
 * config, or the default, the newest active Claude Sonnet 4.x on the day of the run (so the default
 * follows the catalog's dates, never a retired model).
 *
 * @param target the target
 * @param why the reason, for the command's first line
 * @param warning one short line when the target model is not active today
 * @param state the target model's lifecycle state today
 */
record TargetChoice(Target target, String why, Optional<String> warning, Lifecycle.State state) {

  /**
   * Resolves the target.
   *
   * @param option the {@code --to} value, or null
   * @param pinned the config's {@code to:}, if any
   * @throws IllegalArgumentException for an unknown target, or when no default is live
   */
  static TargetChoice resolve(
      Catalog catalog, String option, Optional<String> pinned, LocalDate today) {
    String why;
    Target target;
    if (option != null || pinned.isPresent()) {
      String name = option != null ? option : pinned.get();
      target = named(catalog, name);
      why = option != null ? "from --to" : "pinned with to: in the project config";
    } else {
      target =
          catalog
              .defaultTarget(today)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no "
                              + catalog.defaultTargetRule().describe()
                              + " target is live on "
                              + today
                              + " per the catalog; name one with --to (see 'migrate models') or"
                              + " update the catalog (docs/catalog.md)"));
      why =
          "default: newest active "
              + catalog.defaultTargetRule().describe()
              + " on "
              + today
              + "; pin with --to or to: in .claude-migrate.yml";
    }
    Model model = catalog.targetModel(target);
    return new TargetChoice(
        target,
        why,
        TargetLifecycleWarning.message(catalog, target, today),
        model.lifecycle().stateOn(today));
  }

  /** The target named {@code name}; unknown names list the known ones. */
  static Target named(Catalog catalog, String name) {
    return catalog
        .target(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown target '"
                        + name
                        + "' (known: "
                        + String.join(", ", catalog.targets().keySet())
                        + ")"));
  }

  /** Whether the target model is past end of life today. */
  boolean retired() {
    return state == Lifecycle.State.END_OF_LIFE;
  }

  /** The first line: which target and why. */
  String line(Catalog catalog) {
    Model m = catalog.targetModel(target);
    return "migrate: target "
        + target.name()
        + " ("
        + m.name()
        + ", "
        + state.words()
        + "): "
        + why;
  }

  /** Prints the first line and, when the target is not active, the warning line. */
  void print(PrintWriter err, Catalog catalog) {
    err.println(line(catalog));
    warning.ifPresent(w -> err.println("migrate: warning: " + w));
  }
}
