package dev.claudemigrate.engine;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.rules.modelid.HeldKeys;
import java.util.Map;
import java.util.TreeMap;

/**
 * Model IDs the project resolves through a table of its own, each with where the table holds it
 * (docs/adr/0113). Holdout16's first run: a client sent {@code
 * "anthropic.claude-3-5-sonnet-20240620-v1:0"} as the key of an enum named for its models defined
 * in another folder; holdout17's, a preset named {@code "claude-sonnet-4-5"}, a key of the
 * project's name-to-ID map. Each key was rewritten and the table then no longer resolved it.
 */
final class ProjectKeys {
  private ProjectKeys() {}

  /** Each held ID with {@code path:line} of where it is held, from the files that are checked. */
  static Map<String, String> of(ProjectSurvey survey, Catalog catalog) {
    Map<String, String> held = new TreeMap<>();
    survey.code(
        (path, file) ->
            HeldKeys.of(file, catalog)
                .forEach((id, line) -> held.putIfAbsent(id, path + ":" + line)));
    return held;
  }
}
