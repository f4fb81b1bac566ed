package dev.claudemigrate.engine.config;

import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.model.Suppression;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's {@code .claude-migrate.yml}: defaults for target, region and rules, severity
 * overrides, and suppressions. Command-line options win over it.
 *
 * @param target migration target name, e.g. {@code sonnet-4}
 * @param region the AWS region the project runs in (decides inference-profile prefixes)
 * @param profilePrefix explicit inference-profile prefix
 * @param textEditorType text-editor tool type to migrate to
 * @param includeDocs whether documentation prose is rewritten
 * @param include extra include globs
 * @param exclude exclude globs
 * @param encoding charset choices for files without a byte-order mark ({@code ISO-8859-1}, {@code
 *     *.properties=ISO-8859-1}), checked when read
 * @param rules rule id to enabled flag
 * @param severities rule id to severity override
 * @param ignore suppressions (path glob, rule id, reason)
 * @param failOn the severity at which scan exits 1 (error, warning, info), or never
 */
public record ProjectConfig(
    Optional<String> target,
    Optional<String> region,
    Optional<String> profilePrefix,
    Optional<String> textEditorType,
    Optional<Boolean> includeDocs,
    List<String> include,
    List<String> exclude,
    List<String> encoding,
    Map<String, Boolean> rules,
    Map<String, Severity> severities,
    List<Suppression> ignore,
    Optional<String> failOn) {

  public ProjectConfig {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    encoding = List.copyOf(encoding);
    rules = Map.copyOf(rules);
    severities = Map.copyOf(severities);
    ignore = List.copyOf(ignore);
  }

  /** The configuration of a project without a config file. */
  public static ProjectConfig empty() {
    return new ProjectConfig(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        Map.of(),
        List.of(),
        Optional.empty());
  }
}
