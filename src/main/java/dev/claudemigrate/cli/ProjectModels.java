package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.Scanner;
import dev.claudemigrate.engine.config.ProjectConfig;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.rules.BuiltinRules;
import dev.claudemigrate.engine.rules.modelid.ModelUseRule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code migrate doctor DIR}: every catalog model a project uses, found over the files {@code
 * migrate scan DIR} reads (its config's includes, excludes and target) by the catalog's identifier
 * matching and the SDK and library model constants ({@link ModelUseRule}), whatever the target
 * replaces: a project's live Haiku or Opus matters as much as its retired Sonnet.
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
    MigrationResult result = new Scanner(List.of(new ModelUseRule())).scan(request.withEveryRule());
    result.errors().forEach(e -> err.println("migrate doctor: " + e));
    return new ProjectModels(named(catalog, result.findings()), !result.errors().isEmpty());
  }

  /** The models the findings' matched identifiers or constants name, each once. */
  static List<Model> named(Catalog catalog, List<Finding> findings) {
    Map<String, Model> out = new LinkedHashMap<>();
    for (Finding f : findings) {
      ModelUseRule.modelOf(catalog, f.matched()).ifPresent(m -> out.putIfAbsent(m.key(), m));
    }
    return List.copyOf(out.values());
  }
}
