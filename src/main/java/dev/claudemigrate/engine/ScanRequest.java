package dev.claudemigrate.engine;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Target;
import dev.claudemigrate.engine.files.Encodings;
import dev.claudemigrate.engine.files.WalkOptions;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.model.Suppression;
import dev.claudemigrate.engine.rule.MigrationSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a scan needs, already merged from command line and config file.
 *
 * @param root the folder (or single file) to scan
 * @param includes globs a file must match (empty: the default file types)
 * @param excludes globs that exclude files
 * @param useIgnoreFiles whether .gitignore and .ignore are honoured
 * @param enabledRules rule ids to run (empty: all)
 * @param disabledRules rule ids not to run
 * @param severities severity overrides per rule id
 * @param ignores config-file suppressions
 * @param settings migration choices
 * @param catalog the model catalog
 * @param target the migration target
 * @param threads worker threads (at least 1)
 * @param maxFileSize files larger than this many bytes are not read (said, and counted)
 * @param encodings the charset of files without a byte-order mark (UTF-8 unless chosen)
 */
public record ScanRequest(
    Path root,
    List<String> includes,
    List<String> excludes,
    boolean useIgnoreFiles,
    Set<String> enabledRules,
    Set<String> disabledRules,
    Map<String, Severity> severities,
    List<Suppression> ignores,
    MigrationSettings settings,
    Catalog catalog,
    Target target,
    int threads,
    long maxFileSize,
    Encodings encodings) {

  /**
   * A request with the default file size limit ({@link WalkOptions#MAX_FILE_SIZE}) that reads every
   * file as UTF-8 (or as its byte-order mark says).
   */
  public ScanRequest(
      Path root,
      List<String> includes,
      List<String> excludes,
      boolean useIgnoreFiles,
      Set<String> enabledRules,
      Set<String> disabledRules,
      Map<String, Severity> severities,
      List<Suppression> ignores,
      MigrationSettings settings,
      Catalog catalog,
      Target target,
      int threads) {
    this(
        root,
        includes,
        excludes,
        useIgnoreFiles,
        enabledRules,
        disabledRules,
        severities,
        ignores,
        settings,
        catalog,
        target,
        threads,
        WalkOptions.MAX_FILE_SIZE,
        Encodings.UTF_8);
  }

  public ScanRequest {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    enabledRules = Set.copyOf(enabledRules);
    disabledRules = Set.copyOf(disabledRules);
    severities = Map.copyOf(severities);
    ignores = List.copyOf(ignores);
    encodings = encodings == null ? Encodings.UTF_8 : encodings;
  }

  /**
   * The same request with no rule selection, severity override or suppression: for a scan whose
   * findings are facts about the project (the models it uses), not advice the config tunes.
   */
  public ScanRequest withEveryRule() {
    return new ScanRequest(
        root,
        includes,
        excludes,
        useIgnoreFiles,
        Set.of(),
        Set.of(),
        Map.of(),
        List.of(),
        settings,
        catalog,
        target,
        threads,
        maxFileSize,
        encodings);
  }

  /** A request with defaults for everything but the root, catalog and target. */
  public static ScanRequest defaults(Path root, Catalog catalog, Target target) {
    return new ScanRequest(
        root,
        List.of(),
        List.of(),
        true,
        Set.of(),
        Set.of(),
        Map.of(),
        List.of(),
        MigrationSettings.defaults(),
        catalog,
        target,
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }
}
