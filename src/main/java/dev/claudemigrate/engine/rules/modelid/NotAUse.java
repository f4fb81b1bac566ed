package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.rule.Placement;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why an ID names its model on purpose rather than using it: the shapes of its line ({@link
 * ModelTables}), or what holds it (a declaration, enum, registry or file named for its model, a
 * table of the project that resolves it). Such an ID is reported, never rewritten.
 */
final class NotAUse {
  /**
   * A line that maps an enum member to what it stands for ({@code ModelName.CLAUDE_V2: "..."},
   * {@code Map.entry(Models.CLAUDE_V2, "...")}): the ID there is what is called for the key, not a
   * key sent, so it is rewritten as any table value the code calls with.
   */
  private static final Pattern MEMBER_KEY =
      Pattern.compile("\\b[A-Za-z_]\\w*\\.[A-Z][A-Z0-9_]*[A-Z0-9]\\s*\\)?\\s*(?::|=>|->|,)\\s*$");

  /** Why an ID is not a use, with the advice for it. */
  enum Kind {
    /** Old ID to successor: the map is the migration knowledge itself; nothing to report. */
    DEPRECATION_MAP("a deprecation map names old models on purpose"),
    /**
     * One spelling of a model to another spelling of the same model: a proxy's table from the name
     * clients send to the ID it calls upstream. The name must stay (clients send it); the ID it
     * maps to is retired with the model and is changed by a person, key by key.
     */
    ALIAS_MAP(
        "a map from the name clients send to the ID called for it: keep the name and point it at"
            + " the target's ID by hand"),
    KEY("a table keyed by model (prices, limits, capabilities): add an entry for the target"),
    LIST("a list of several models (a catalog or a choice): add the target if it belongs"),
    BILLING("a usage, billing or price filter selects historical usage per model"),
    COMPARISON("code that decides by model: make sure the target takes the intended branch"),
    TELEMETRY(
        "a telemetry attribute records which model a call used: an observation, not a setting"),
    PER_MODEL(
        "named for this model version (one class or constant per model): add one for the target"
            + " and move its users by hand"),
    HELD_KEY(
        "a key the project resolves through a table of its own (an enum named for its models, a"
            + " map from names to IDs): add the target there first, then send its key"),
    NAMED_FILE(
        "the file is named for this model (one file per model): copy it for the target rather than"
            + " edit it, so that its name keeps saying what it calls"),
    CATALOG(
        "a catalog that names many models (settings table, registry, enum, leaderboard): add the"
            + " target if it belongs");

    private final String why;

    Kind(String why) {
      this.why = why;
    }

    String why() {
      return why;
    }
  }

  private NotAUse() {}

  /**
   * Why {@code m} names its model on purpose rather than using it, if it does: a table or a
   * comparison ({@link ModelTables#of}), or something named for the model it holds (a per-model
   * constant or enum member, a file named for its model). A bogus ID and a test's expected value
   * are neither.
   */
  static Optional<Kind> of(SourceFile file, IdMatch m, List<IdMatch> all, RuleContext ctx) {
    if (m.bogus() || Placement.isTestAssertion(file, m.start())) {
      return Optional.empty();
    }
    Optional<Kind> table = ModelTables.of(file, m, all);
    if (table.isPresent()) {
      return table;
    }
    if (PerModelTypes.inNamedTable(file, m, all, ctx.targetModel())
        || NamedEnumMembers.inNamedEnum(file, m, all)) {
      return Optional.of(Kind.PER_MODEL);
    }
    if (ProviderRegistries.holds(file, m)) {
      return Optional.of(Kind.CATALOG);
    }
    if (ModelFileNames.namedForItsModel(file, m, ctx.catalog())) {
      return Optional.of(Kind.NAMED_FILE);
    }
    // The table itself is reported above; this is the same ID where it is used (ADR 0113).
    return ctx.heldKeys().containsKey(m.text())
            && !MEMBER_KEY.matcher(ModelTables.lineHead(file.text(), m.start())).find()
        ? Optional.of(Kind.HELD_KEY)
        : Optional.empty();
  }
}
