package dev.claudemigrate.cli;

import static dev.claudemigrate.cli.Declarations.option;
import static dev.claudemigrate.cli.Declarations.positional;
import static dev.claudemigrate.cli.Declarations.strings;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Target;
import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.Scanner;
import dev.claudemigrate.engine.config.ConfigException;
import dev.claudemigrate.engine.config.ProjectConfig;
import dev.claudemigrate.engine.config.ProjectConfigLoader;
import dev.claudemigrate.engine.files.Encodings;
import dev.claudemigrate.engine.files.WalkOptions;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Options shared by {@code scan} and {@code apply}: what to scan, which rules, which target.
 * Declared in code, not with annotations: they are on a scan's path (ADR 0122).
 */
final class ScanOptions implements Declared {
  List<String> paths;
  String to;
  List<String> include = new ArrayList<>();
  List<String> exclude = new ArrayList<>();
  List<String> encoding = new ArrayList<>();
  boolean noIgnore;
  List<String> rules = new ArrayList<>();
  List<String> skipRules = new ArrayList<>();
  String region;
  String profilePrefix;
  String textEditorType;
  boolean includeDocs;
  Path config;
  Path catalog;
  Integer threads;
  Integer maxFileSizeMib;

  @Override
  public void declare(CommandSpec spec) {
    declareWhatToScan(spec);
    declareWhichRules(spec);
    declareTarget(spec);
  }

  /** The roots, which files under them, how they are read. */
  private void declareWhatToScan(CommandSpec spec) {
    spec.addPositional(
        positional(() -> paths, v -> paths = v)
            .arity("0..*")
            .paramLabel("PATH")
            .description(
                "Folders or files to scan (default: the current folder). Each is a root of its own,"
                    + " with its own .claude-migrate.yml and its own part of the report.")
            .build());
    spec.addOption(
        strings(() -> include, v -> include = v, "--include")
            .paramLabel("GLOB")
            .description(
                "Only files matching these globs (repeatable; also reads other text files).")
            .build());
    spec.addOption(
        strings(() -> exclude, v -> exclude = v, "--exclude")
            .paramLabel("GLOB")
            .description("Skip files matching these globs (repeatable).")
            .build());
    spec.addOption(
        strings(() -> encoding, v -> encoding = v, "--encoding")
            .paramLabel("CHARSET")
            .description(
                "Charset of files without a byte-order mark (default: UTF-8), for all files or per"
                    + " glob: ISO-8859-1, or '*.properties=ISO-8859-1' for Java .properties"
                    + " (repeatable; the last match wins). A rewrite keeps every other byte as it"
                    + " was.")
            .build());
    spec.addOption(
        option(() -> noIgnore, v -> noIgnore = v, boolean.class, "--no-ignore")
            .description("Do not honour .gitignore and .ignore files.")
            .build());
    spec.addOption(
        option(() -> maxFileSizeMib, v -> maxFileSizeMib = v, Integer.class, "--max-file-size")
            .paramLabel("MIB")
            .description(
                "Skip files larger than this many MiB (default: 10); a skipped file is said, and a"
                    + " named one makes the exit code 3.")
            .build());
    spec.addOption(
        option(() -> threads, v -> threads = v, Integer.class, "--threads")
            .paramLabel("N")
            .description("Worker threads (default: number of cores).")
            .build());
  }

  /** Which rules run, and the config file that may say more. */
  private void declareWhichRules(CommandSpec spec) {
    spec.addOption(
        strings(() -> rules, v -> rules = v, "--rules")
            .paramLabel("ID")
            .description("Run only these rules.")
            .build());
    spec.addOption(
        strings(() -> skipRules, v -> skipRules = v, "--skip-rules")
            .paramLabel("ID")
            .description("Do not run these rules.")
            .build());
    spec.addOption(
        option(() -> includeDocs, v -> includeDocs = v, boolean.class, "--include-docs")
            .description(
                "Count findings in documentation prose (Markdown, notebook markdown cells) as"
                    + " fixable, so that 'migrate apply' changes them too; without it they are only"
                    + " reported.")
            .build());
    spec.addOption(
        option(() -> config, v -> config = v, Path.class, "--config")
            .paramLabel("FILE")
            .description("Config file (default: .claude-migrate.yml in PATH, if present).")
            .build());
  }

  /** The target and what its IDs depend on: region, profile prefix, tool version, catalog. */
  private void declareTarget(CommandSpec spec) {
    spec.addOption(
        option(() -> to, v -> to = v, String.class, "--to")
            .paramLabel("TARGET")
            .completionCandidates(new Choices.Targets())
            .description(
                "Migration target: ${COMPLETION-CANDIDATES} (default: the newest Claude Sonnet 4.x"
                    + " active on Bedrock today; see 'migrate models').")
            .build());
    spec.addOption(
        option(() -> region, v -> region = v, String.class, "--region")
            .paramLabel("REGION")
            .description("AWS region the code runs in; decides inference-profile prefixes.")
            .build());
    spec.addOption(
        option(() -> profilePrefix, v -> profilePrefix = v, String.class, "--profile-prefix")
            .paramLabel("PREFIX")
            .description(
                "Inference-profile prefix for base IDs: us, eu, apac, global, jp, au, us-gov.")
            .build());
    spec.addOption(
        option(() -> textEditorType, v -> textEditorType = v, String.class, "--text-editor-version")
            .paramLabel("TYPE")
            .description(
                "Text-editor tool type to migrate to: text_editor_20250728 (default) or"
                    + " text_editor_20250429.")
            .build());
    spec.addOption(
        option(() -> catalog, v -> catalog = v, Path.class, "--catalog")
            .paramLabel("FILE")
            .description("A catalog file (YAML or JSON) merged over the built-in model catalog.")
            .build());
  }

  /**
   * Rejects a request that names a rule none of {@code rules} has (in --rules, --skip-rules, or the
   * config's rules, severity and ignore sections), with one line listing the known ids.
   *
   * @throws IllegalArgumentException naming the unknown ids
   */
  static void requireKnownRules(ScanRequest request, List<Rule> rules) {
    Set<String> unknown = new Scanner(rules).unknownRuleIds(request);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown rule '"
              + String.join("', '", unknown)
              + "' (known: "
              + String.join(", ", rules.stream().map(Rule::id).toList())
              + ")");
    }
  }

  /** The roots as the user named them: the current folder when none is named. */
  List<String> rootLabels() {
    return paths == null || paths.isEmpty() ? List.of(".") : List.copyOf(paths);
  }

  /** The first root, resolved against the working directory. */
  Path root(Environment env) {
    return env.resolve(rootLabels().get(0));
  }

  /** The catalog: built in, or with the user's file merged over it. */
  Catalog loadCatalog(Environment env) {
    return CatalogOption.load(env, catalog);
  }

  /**
   * The project config: the {@code --config} file if given (it must exist), else {@code
   * .claude-migrate.yml} (or {@code .yaml}) in the scan root, else an empty config.
   *
   * @throws ConfigException with one line naming the file and the problem
   */
  ProjectConfig loadConfig(Environment env) {
    return loadConfig(env, root(env));
  }

  /** {@link #loadConfig(Environment)} for the given root. */
  ProjectConfig loadConfig(Environment env, Path root) {
    if (config == null) {
      return ProjectConfigLoader.forRoot(root);
    }
    Path file = env.resolve(config.toString());
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": no such config file");
    }
    return ProjectConfigLoader.load(file);
  }

  /**
   * The target: {@code --to}, else the config's {@code to:}, else the newest active default on the
   * environment's date.
   *
   * @throws IllegalArgumentException with a one-line message on an unknown target
   */
  TargetChoice chooseTarget(Environment env, Catalog cat, ProjectConfig cfg) {
    return TargetChoice.resolve(cat, to, cfg.target(), LocalDate.now(env.clock()));
  }

  /**
   * {@link #toRequest(Environment, Catalog, ProjectConfig, TargetChoice)} with the chosen target.
   */
  ScanRequest toRequest(Environment env, Catalog cat, ProjectConfig cfg) {
    return toRequest(env, cat, cfg, chooseTarget(env, cat, cfg));
  }

  /**
   * Merges these options over the project config into a scan request.
   *
   * @throws IllegalArgumentException with a one-line message on a bad value
   */
  ScanRequest toRequest(Environment env, Catalog cat, ProjectConfig cfg, TargetChoice choice) {
    return toRequest(env, cat, cfg, choice, root(env));
  }

  /**
   * {@link #toRequest(Environment, Catalog, ProjectConfig, TargetChoice)} for the given root.
   *
   * @throws IllegalArgumentException with a one-line message on a bad value
   */
  ScanRequest toRequest(
      Environment env, Catalog cat, ProjectConfig cfg, TargetChoice choice, Path root) {
    if (!Files.exists(root)) {
      throw new IllegalArgumentException(root + ": no such file or folder");
    }
    Target target = choice.target();
    Optional<String> chosenRegion = Optional.ofNullable(region).or(cfg::region);
    chosenRegion.ifPresent(r -> Values.requireRegion(region != null ? "--region" : "region", r));
    Optional<String> prefix = Optional.ofNullable(profilePrefix).or(cfg::profilePrefix);
    if (prefix.isPresent()) {
      Values.requirePrefix(
          profilePrefix != null ? "--profile-prefix" : "profilePrefix",
          prefix.get(),
          cat.targetModel(target));
    }
    String editor =
        Optional.ofNullable(textEditorType)
            .or(cfg::textEditorType)
            .or(() -> Optional.ofNullable(target.textEditorType()))
            .orElse("text_editor_20250728");
    Values.requireTextEditor(
        textEditorType != null ? "--text-editor-version" : "textEditorVersion",
        editor,
        cat,
        cat.targetModel(target));
    MigrationSettings settings =
        new MigrationSettings(
            prefix, editor, includeDocs || cfg.includeDocs().orElse(false), chosenRegion);
    Set<String> enabled = new LinkedHashSet<>(rules);
    Set<String> disabled = new LinkedHashSet<>(skipRules);
    cfg.rules()
        .forEach(
            (id, on) -> {
              if (!on) {
                disabled.add(id);
              }
            });
    Map<String, Severity> severities = new HashMap<>(cfg.severities());
    List<String> inc = new ArrayList<>(cfg.include());
    inc.addAll(include);
    List<String> exc = new ArrayList<>(cfg.exclude());
    exc.addAll(exclude);
    Values.requireGlobs(include.isEmpty() ? "include" : "--include", inc);
    Values.requireGlobs(exclude.isEmpty() ? "exclude" : "--exclude", exc);
    List<String> charsets = new ArrayList<>(cfg.encoding());
    charsets.addAll(encoding); // the command line wins over the config file
    Encodings encodings = Encodings.parse(encoding.isEmpty() ? "encoding" : "--encoding", charsets);
    Values.requireAtLeastOne("--threads", threads, "");
    Values.requireAtLeastOne("--max-file-size", maxFileSizeMib, " (MiB)");
    return new ScanRequest(
        root,
        inc,
        exc,
        !noIgnore,
        enabled,
        disabled,
        severities,
        cfg.ignore(),
        settings,
        cat,
        target,
        threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors()),
        maxFileSizeMib != null ? maxFileSizeMib * 1024L * 1024L : WalkOptions.MAX_FILE_SIZE,
        encodings);
  }
}
