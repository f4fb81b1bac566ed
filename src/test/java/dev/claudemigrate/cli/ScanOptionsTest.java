package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.config.ConfigException;
import dev.claudemigrate.engine.config.ProjectConfig;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.model.Suppression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class ScanOptionsTest {
  @TempDir Path dir;

  private ScanOptions parse(String... args) {
    ScanOptions options = new ScanOptions();
    CommandSpec spec = CommandSpec.create();
    options.declare(spec);
    new CommandLine(spec).parseArgs(args);
    return options;
  }

  private Environment env() {
    return Environment.forTest(dir, Clock.systemUTC());
  }

  @Test
  void readsTheRootConfigAndMergesOptionsOverIt() throws IOException {
    Files.createDirectories(dir.resolve("repo"));
    Files.writeString(
        dir.resolve("repo/.claude-migrate.yml"),
        """
        exclude: [legacy/]
        rules: {stop-reason: false}
        severity: {model-id: error}
        ignore:
          - {path: tests/, rule: model-id, reason: fixtures}
        """);
    ScanOptions o =
        parse("repo", "--exclude", "gen/", "--skip-rules", "beta-flag", "--threads", "3");
    ProjectConfig cfg = o.loadConfig(env());
    ScanRequest r = o.toRequest(env(), Catalog.builtin(), cfg);
    assertEquals(dir.resolve("repo"), r.root());
    assertEquals(List.of("legacy/", "gen/"), r.excludes());
    assertEquals(Set.of("beta-flag", "stop-reason"), r.disabledRules());
    assertEquals(Map.of("model-id", Severity.ERROR), r.severities());
    assertEquals(
        List.of(new Suppression("tests/", 0, "model-id", "fixtures", ".claude-migrate.yml")),
        r.ignores());
    assertEquals(3, r.threads());
  }

  @Test
  void explicitConfigFileWinsAndMustExist() throws IOException {
    Files.writeString(dir.resolve(".claude-migrate.yml"), "target: sonnet-4\n");
    Files.writeString(dir.resolve("other.yml"), "target: sonnet-4.5\n");
    assertEquals(
        Optional.of("sonnet-4.5"), parse("--config", "other.yml").loadConfig(env()).target());
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> parse("--config", "missing.yml").loadConfig(env()));
    assertEquals(dir.resolve("missing.yml") + ": no such config file", e.getMessage());
  }

  @Test
  void badRootConfigIsAConfigError() throws IOException {
    Files.writeString(dir.resolve(".claude-migrate.yml"), "targt: sonnet-4\n");
    ConfigException e = assertThrows(ConfigException.class, () -> parse().loadConfig(env()));
    assertEquals(
        true,
        e.getMessage().startsWith(dir.resolve(".claude-migrate.yml") + ": unknown key 'targt'"),
        e.getMessage());
  }
}
