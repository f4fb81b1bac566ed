package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.Scanner;
import dev.claudemigrate.engine.config.ProjectConfig;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.rules.BuiltinRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code migrate doctor DIR}: the catalog models a project still uses, found by the same scan as
 * {@code migrate scan DIR} (its config file and target included): every finding whose matched text
 * is a known model identifier names that model.
 *
 * @param models the distinct models, in the order first found
 * @param incomplete whether some files could not be read (each was said on stderr)
 */
record ProjectModels(List<Model> models, boolean incomplete) {

  ProjectModels {
    models = List.copyOf(models);
  }

  /**
   * Scans {@code dir} toward {@code to} (null: the config's {@code to:} or the default target).
   *
   * @throws IllegalArgumentException with one line for a missing folder or a bad config value
   */
  static ProjectModels scan(
      Environment env, Catalog catalog, String dir, String to, PrintWriter err) {
    ScanOptions options = new ScanOptions();
    options.paths = List.of(dir);
    options.to = to;
    Path root = env.resolve(dir);
    ProjectConfig config = options.loadConfig(env, root);
    ScanRequest request =
        options.toRequest(env, catalog, config, options.chooseTarget(env, catalog, config), root);
    ScanOptions.requireKnownRules(request, BuiltinRules.all());
    MigrationResult result = new Scanner(BuiltinRules.all()).scan(request);
    result.errors().forEach(e -> err.println("migrate doctor: " + e));
    return new ProjectModels(named(catalog, result.findings()), !result.errors().isEmpty());
  }

  /** The models the findings' matched identifiers name; a known typo names no real model. */
  static List<Model> named(Catalog catalog, List<Finding> findings) {
    Map<String, Model> out = new LinkedHashMap<>();
    for (Finding f : findings) {
      catalog
          .identify(f.matched())
          .filter(m -> !m.bogus())
          .map(IdMatch::model)
          .ifPresent(m -> out.putIfAbsent(m.key(), m));
    }
    return List.copyOf(out.values());
  }
}
